<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_PASSWORD', 'deDT5w9ZkRqQisRoxnA4k*A#gRP8Hwka' );
