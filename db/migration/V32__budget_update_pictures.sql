-- Issue 16: a dated update of a winning project may carry a picture, re-encoded without EXIF as a
-- proposal's picture is (BudgetPictures).
alter table budget_update add column picture bytea;
