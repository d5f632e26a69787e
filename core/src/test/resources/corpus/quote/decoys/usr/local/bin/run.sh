export DB_PASSWORD="$(cat /run/secrets/db_password)"
API_TOKEN=`vault read -field=token secret/api`
