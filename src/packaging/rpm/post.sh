# Creates the data folder; on an upgrade restarts a running service.
install -d -o toolflow -g toolflow -m 0750 /var/lib/toolflow
if [ -d /run/systemd/system ]; then
  systemctl daemon-reload || :
  if [ "$1" -gt 1 ]; then
    systemctl try-restart toolflow.service || :
  fi
fi
exit 0
