-- A plan amount stated next to the percentage of plan ("đạt 49,5% dự toán (dự toán 6.146 tỷ đồng)"),
-- in the figure's unit with its scale applied, and its rounding half-width: the check
-- `plan_amount` compares it with the plan that value / pct_of_plan implies.
ALTER TABLE figures ADD COLUMN IF NOT EXISTS plan_amount DOUBLE;
ALTER TABLE figures ADD COLUMN IF NOT EXISTS plan_amount_rounding DOUBLE;
