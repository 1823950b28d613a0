def check_headline(document, head, mentions):
    return []
