s1 = 'single'
s2 = "double"
s3 = '''triple
single'''
s4 = """triple
double with "quotes" and 'apostrophes'"""
s5 = 'it\'s'
s6 = "say \"hi\""
s7 = "tab\tnewline\nreturn\rbackslash\\bell\aback\bform\fvert\v"
s8 = "\x41\x62\u00e9\u4e2d\U0001F600"
s9 = "\101\102\7\0"
s10 = r"raw \n stays \d"
s11 = R'raw\'quote'
s12 = b"bytes\x00\xff\n"
s13 = rb"raw bytes \n"
s14 = Br'\d+'
s15 = u"unicode prefix"
s16 = "adjacent " "literals " 'are joined'
s17 = ("implicit "
       "concatenation "
       "across lines")
s18 = "line \
continuation"
s19 = "unknown \d escape stays"
s20 = '中文字符串 and émoji 😀'
s21 = ''
s22 = """"""
s23 = "quote's"
s24 = 'both \' and "'
s25 = b'' b"concat"
s26 = "no named escapes here"
s27 = 'control \x01\x1f\x7f chars'
s28 = "\u200b zero width, \u00ad soft hyphen, \ud800 surrogate"
s29 = u"u" "then plain"
s30 = """multi
    line with \
continuation and trailing spaces   
"""
