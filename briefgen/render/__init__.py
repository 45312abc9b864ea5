"""Render: plan the site's pages and fill the templates; every output named by a key."""
