// Help text of the yusuan command line.
export const USAGE = `yusuan — 部门预算公开 (department budget disclosure)

用法 (usage):
  yusuan tables <disclosure.json> [--table N] [--format text|json|csv]
      打印公开表 (print the disclosure's tables); --table 只打印第 N 张表
  yusuan validate <disclosure.json>
      校验披露数据的结构 (check that the file is a valid disclosure)
  yusuan catalog <code> [--name 名称] [--year 2025] [--file official.csv|xlsx]
      查询政府收支分类科目，核对名称 (look a classification code up; check a printed name);
      --file 使用正式目录文件 (use an official catalog file; format: docs/catalog.md)
  yusuan help

示例 (example):
  npx yusuan tables data/samples/changji-hrss-2025.json --table 6
`;
