-- The caller's grants, as the engine's authorization checks read them: by group or user, resource type and id.
-- The permission bits and the type come from the index itself (index-only scans).
CREATE INDEX IF NOT EXISTS toolflow_auth_group_resource
  ON act_ru_authorization (group_id_, resource_type_, resource_id_) INCLUDE (type_, perms_);
CREATE INDEX IF NOT EXISTS toolflow_auth_user_resource
  ON act_ru_authorization (user_id_, resource_type_, resource_id_) INCLUDE (type_, perms_);

-- The engine asks once per command whether the caller is touched by a revoke; revokes are a handful of rows.
CREATE INDEX IF NOT EXISTS toolflow_auth_revokes
  ON act_ru_authorization (group_id_, user_id_) WHERE type_ = 2;

-- Rows per group depend on the resource type (a group holds a row per open task and per historic task):
-- without this, PostgreSQL multiplies the two selectivities as if they were independent.
CREATE STATISTICS IF NOT EXISTS toolflow_auth_group_type (dependencies, ndistinct)
  ON group_id_, resource_type_ FROM act_ru_authorization;

ANALYZE act_ru_authorization;
