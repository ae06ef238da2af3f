// Quoting for the few SQL texts that need a literal the engine cannot bind (file paths in ATTACH, COPY and read_parquet).
export const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;
