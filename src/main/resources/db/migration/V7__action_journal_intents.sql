-- An outside action is now written twice: first as an intent (answer still NULL), committed before the call,
-- then completed with the answer. The intent row is the lock of the action: the unique key lets one execution
-- in, and lease_until says until when its holder (attempt_id) may still be calling. A retry that finds an
-- intent whose lease ran out looks in the outside system for what the first attempt did before acting again.
ALTER TABLE action_journal ADD COLUMN attempt_id VARCHAR(64);
ALTER TABLE action_journal ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
