DEBUG = False
SECRET_KEY = '=s6iz^t2qlnl09#2p71n27dl9^092bt-vzr5%m64544+8c_@79'
