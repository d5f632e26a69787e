#!/bin/sh
export SMTP_PASSWORD='iqD9^wNQ8IJ!50JBTR'
REDIS_PASSWORD=$'90pI#Tysnz3!Fs0vw\x21'
readonly APP_SECRET=2peS@c2YLw
#!/bin/sh
export DB_PASSWORD='uCIt!9ja1Om#9IZzRj'
APP_SECRET=$'3AnY!ijq\x21'
readonly AUTH_TOKEN=yCao^S7v73N\#tS5raM
#!/bin/sh
export ADMIN_PASSWORD='cRon+BiHce^J7R'
API_TOKEN=$'sF7N*Zwi3lH^AuV3!GEKrJy\x21'
readonly APP_SECRET=YzO4*wRzG35^hSO
#!/bin/sh
export APP_SECRET='W93h~WRJY2'
API_TOKEN=$'Trm2~PLjJpR@2auQFt\x21'
readonly API_TOKEN=MJHb@UuBOkt%yjUu
#!/bin/sh
export ADMIN_PASSWORD='zkrK~fDSvJ~jmBu'
AUTH_TOKEN=$'4N4f^1ylwgA+EIJP\x21'
readonly ADMIN_PASSWORD=GLxC%ZJBH~yjqkAf
#!/bin/sh
export CLIENT_SECRET='utHT~qnM'
SMTP_PASSWORD=$'vAH3!kg1*TrCzg\x21'
readonly DB_PASSWORD=tu90+nnAN~hc30lH
