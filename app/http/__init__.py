"""What the JSON API and the web pages share, beneath both: request dependencies, parameter
models, the bounded upload reader, the error table, links between a page and its twin.

`app.api` and `app.web` sit on this package and never import each other (decision 0020).
"""
