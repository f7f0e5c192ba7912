// Help text of the yusuan command line.
export const USAGE = `yusuan — 部门预算公开 (department budget disclosure)

用法 (usage):
  yusuan tables <disclosure.json> [--table N] [--format text|json|csv]
      打印公开表 (print the disclosure's tables); --table 只打印第 N 张表
  yusuan check <disclosure.json|published.txt|published.pdf|tables.xlsx…> [--format text|json|html|csv] [--lang zh|en] [--narrative 说明.txt] [--together]
        [--max-bytes 64M] [--max-pages 1000] [--timeout 120s]
      校验每个数字：表内、表间、说明与表格…；有错误时退出码 1，无法读取时 2
      (check every number; exit 1 when there are errors, 2 when an input cannot be read);
      .txt 为已公开文件提取的文本，按其表格与说明校验 (a .txt file is a published document's extracted text);
      .xlsx 为公开表的工作簿，每个工作表一张或多张表 (an .xlsx file is a workbook of the tables, docs/ingest-xlsx.md);
      --narrative 同时校验已公开说明的文字 (also check a published narrative, as extracted text);
      --together 把几个已公开文件作为一份文件校验：说明与公开表分成两个文件公开时 (check published files as
      one document: the narrative and the tables published apart); 单位或年度不同时退出码 2 (exit 2 if they
      are of different bodies or years);
      --max-bytes/--max-pages/--timeout 每个 PDF 的大小、页数和读取时间上限，超出时退出码 2
      (limits on each PDF's size, pages and reading time; over a limit: exit 2; defaults shown)
  yusuan parse <file.pdf…> [--format text|json] [--max-bytes 64M] [--max-pages 1000] [--timeout 120s]
      读取 PDF 的文字层：逐页的文字行，json 带位置和表格线；识别单位、年度、预算/决算、部门/单位
      (a PDF's text layer, page by page; json with positions and drawn rules; the detected body, year,
      stage and scope); 无法读取时退出码 2 (exit 2 when a file cannot be read)
  yusuan build <disclosure.json> --out DIR [--formats html,xlsx] [--draft]
      生成公开文件（封面、概况、公开表、说明与绩效目标表、名词解释），文件名含单位、年度和预算/决算
      (generate the published document; file names say body, year and stage); 先校验数据，有错误时不生成、
      列出错误并以退出码 1 结束 (the data is checked first: with errors nothing is written, exit 1);
      --draft 仍然生成，每页标“草稿” (build anyway, every page marked 草稿);
      --formats 默认为全部可用格式 (default: every available format)
  yusuan rules [--format md|json]
      列出全部校验规则 (the rule catalogue)
  yusuan validate <disclosure.json>
      校验披露数据的结构 (check that the file is a valid disclosure)
  yusuan catalog <code> [--name 名称] [--year 2025] [--file official.csv|xlsx]
      查询政府收支分类科目，核对名称 (look a classification code up; check a printed name);
      --file 使用正式目录文件 (use an official catalog file; format: docs/catalog.md)
  yusuan help

示例 (example):
  npx yusuan tables data/samples/changji-hrss-2025.json --table 6
`;
