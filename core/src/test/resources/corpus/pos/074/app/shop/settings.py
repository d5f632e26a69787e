DEBUG = False
SECRET_KEY = '1c#7%pu!zxe@x0g+38za6*5iw-9=_8_o%gz2yi08wb_-=@12jl'
