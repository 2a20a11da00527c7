#!/usr/bin/env python3
# -*- coding: utf-8 -*-
import asyncio

消息 = "编码声明"
print(消息)
