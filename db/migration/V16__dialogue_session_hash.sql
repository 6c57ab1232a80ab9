-- Supports and reports remember a keyed hash of the browser session, never the session id itself
-- (a copy of the database must not hand anyone a live session). Rows stored before this change get
-- an unkeyed SHA-256 of the id: it no longer matches any session, which is what a stored id is worth
-- once its session has ended.
alter table dialogue_support rename column session_key to session_hash;
alter table dialogue_flag rename column session_key to session_hash;
update dialogue_support set session_hash = encode(sha256(convert_to(session_hash, 'UTF8')), 'hex');
update dialogue_flag set session_hash = encode(sha256(convert_to(session_hash, 'UTF8')), 'hex');
