-- A failure's fingerprint names the slip independently of ids: the check and, for
-- every figure it names, the source and the figure as printed. A later run that
-- meets the same slip (the same source fetched again, a document re-parsed)
-- carries over the reviewer's decision instead of raising it as open again.
ALTER TABLE validation_failures ADD COLUMN fingerprint VARCHAR;
