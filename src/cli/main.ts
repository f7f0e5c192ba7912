// yusuan command line (placeholder until commands land).
console.log('yusuan');
