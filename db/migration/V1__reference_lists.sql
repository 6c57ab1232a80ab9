-- Fixed lists from the programme and Swedish law. Their texts live in i18n/ under
-- reference.<list>.<code>.label; the codes here are what the code and the data use.

create table ref_language (
    code        text primary key,
    native_name text    not null,
    rtl         boolean not null default false,
    sort_order  int     not null
);

insert into ref_language (code, native_name, rtl, sort_order) values
    ('sv',       'svenska',              false, 1),
    ('lattlast', 'lättläst svenska',     false, 2),
    ('en',       'English',              false, 3),
    ('fi',       'suomi',                false, 4),
    ('fit',      'meänkieli',            false, 5),
    ('se',       'davvisámegiella',      false, 6),
    ('smj',      'julevsámegiella',      false, 7),
    ('sma',      'åarjelsaemien gïele',  false, 8),
    ('rom',      'romani chib',          false, 9),
    ('yi',       'ייִדיש',                true,  10);

-- The seven grounds of Diskrimineringslagen (2008:567), 1 kap. 4 §.
create table ref_discrimination_ground (
    code       text primary key,
    sort_order int not null
);

insert into ref_discrimination_ground (code, sort_order) values
    ('sex', 1),
    ('transgender_identity', 2),
    ('ethnicity', 3),
    ('religion', 4),
    ('disability', 5),
    ('sexual_orientation', 6),
    ('age', 7);

-- The six action plans of the programme for human rights.
create table ref_action_plan (
    code       text primary key,
    sort_order int not null
);

insert into ref_action_plan (code, sort_order) values
    ('racism', 1),
    ('child_rights', 2),
    ('national_minorities', 3),
    ('gender_equality', 4),
    ('lgbtqi', 5),
    ('roma_inclusion', 6);

-- The programme's three focus areas.
create table ref_focus_area (
    code       text primary key,
    sort_order int not null
);

insert into ref_focus_area (code, sort_order) values
    ('knowledge_information', 1),
    ('welfare_service', 2),
    ('participation_influence', 3);
