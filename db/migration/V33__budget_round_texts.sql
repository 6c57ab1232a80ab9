-- Issue 16: a round's title and description in several languages. Swedish stays on the round (title,
-- and now a description); other languages are rows here. A visitor sees their language, else its
-- fallback (fit → fi, smj → se, …), else Swedish.
alter table budget_round add column description text not null default '';
create table budget_round_text (
    round_id    bigint not null references budget_round (id),
    language    text   not null,
    title       text   not null,
    description text   not null default '',
    primary key (round_id, language)
);
