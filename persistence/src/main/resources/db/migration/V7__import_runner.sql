-- Which server runs an import, and when it was last heard of (its latest progress report or
-- checkpoint). A server starting up takes up the unfinished runs that are its own, and those whose
-- server has been silent for longer than cadre.import.lease-minutes; the runs of other servers
-- still at work are left to them. Runs from before this column (runner null) are anyone's.
ALTER TABLE import_run ADD COLUMN runner VARCHAR(300);
ALTER TABLE import_run ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
