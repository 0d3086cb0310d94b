-- RT tickets of the change queue that ToolFlow took in. The key makes a ticket start one change request, also when
-- two nodes poll at once or a node restarts: the row is written in the transaction that starts the process.
-- Portable SQL: runs on H2 and PostgreSQL.

CREATE TABLE rt_change_intake (
  ticket_id            VARCHAR(64)  NOT NULL,
  process_key          VARCHAR(64)  NOT NULL,
  process_instance_id  VARCHAR(64),
  taken_at             TIMESTAMP    NOT NULL,
  CONSTRAINT pk_rt_change_intake PRIMARY KEY (ticket_id)
);
