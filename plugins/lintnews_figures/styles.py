def check_styles(document):
    return []
