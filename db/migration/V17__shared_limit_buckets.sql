-- Abuse limits (shared.limits): one Bucket4j token bucket per limit and subject, kept here so that
-- every node counts against the same bucket and a restart forgets nothing. The id is a keyed hash
-- of the limit and its subject (a network address, a case number with an address, an e-mail
-- address), never the subject itself; state is Bucket4j's serialised bucket; expires_at (epoch
-- milliseconds) is when the bucket would be full again, after which the row is deleted.
create table shared_limit_bucket (
    id         text   primary key,
    state      bytea,
    expires_at bigint
);

create index shared_limit_bucket_expires on shared_limit_bucket (expires_at);
