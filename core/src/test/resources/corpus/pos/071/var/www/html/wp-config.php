<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_PASSWORD', 'W0anHLQ6CHQ0VzrnY0r0bwM4N_Zo*1UR' );
