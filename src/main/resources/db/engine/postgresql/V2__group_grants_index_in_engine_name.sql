-- The engine's index on the group alone and ToolFlow's on group, resource type and id both serve a group's grants.
-- A prepared statement's generic plan cannot see that one group holds most rows (a row per open and per historic
-- task), so it took the narrower index and read every grant of the group to find those of one resource type: the
-- task count of 10,000 open tasks then took 60-130 ms instead of 25. One index remains: the composite one, under
-- the engine's name, which the engine's own scripts still find.
DROP INDEX IF EXISTS act_idx_auth_group_id;
CREATE INDEX act_idx_auth_group_id
  ON act_ru_authorization (group_id_, resource_type_, resource_id_) INCLUDE (type_, perms_);
DROP INDEX IF EXISTS toolflow_auth_group_resource;

ANALYZE act_ru_authorization;
