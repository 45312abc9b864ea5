from briefgen.commands.cli import app

app(prog_name="briefgen")
