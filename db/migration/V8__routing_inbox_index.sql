-- The administrators' inbox spans every committee, so it cannot use routing_case_inbox (which
-- starts with committee_id): at 100 000 cases its first page was a full sort (25 ms). This index
-- holds the open cases in the inbox's order, so a page is an index range scan whatever the size.
create index routing_case_open_due on routing_case (answer_due, id) where state <> 'CLOSED';
