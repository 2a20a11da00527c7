# -*- coding: utf-8 -*-
x = 中文 2
