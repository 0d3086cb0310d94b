# Creates the system user before the files arrive, so that they can belong to it.
getent group toolflow >/dev/null || groupadd --system toolflow
getent passwd toolflow >/dev/null || useradd --system --gid toolflow --home-dir /var/lib/toolflow \
  --no-create-home --shell /sbin/nologin --comment "ToolFlow" toolflow
exit 0
