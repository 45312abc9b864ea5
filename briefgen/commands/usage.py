"""How `briefgen --help` shows a command: its whole description, and each argument by a plain
name (FOLDER, [FILES]...) as the usage lines of most tools write them, without Typer's type
labels (`{folder}`, `<path>`, `<list[Path]>`), which mean nothing to an editor."""

from __future__ import annotations

from typing import Any

from typer.core import TyperCommand


class PlainCommand(TyperCommand):
    """A Typer command whose help an editor can read."""

    def get_short_help_str(self, limit: int = 45) -> str:
        """The description's first paragraph, whole: the list of commands is where people choose
        one, and a description cut off at 45 characters ("Start a new site: settings,
        folders,...") does not say what the command does."""
        return " ".join((self.help or "").split("\n\n")[0].split())

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        return pieces + [_usage_name(p) for p in self.get_params(ctx) if _is_argument(p)]

    def format_options(self, ctx: Any, formatter: Any) -> None:
        arguments = [(_plain_name(p), _argument_help(p)) for p in self.get_params(ctx)
                     if _is_argument(p)]
        options = [record for p in self.get_params(ctx) if not _is_argument(p)
                   and (record := p.get_help_record(ctx)) is not None]
        for title, records in (("Arguments", arguments), ("Options", options)):
            if records:
                with formatter.section(title):
                    formatter.write_dl(records)


def _is_argument(param: Any) -> bool:
    return param.param_type_name == "argument"


def _plain_name(param: Any) -> str:
    return param.metavar or param.name.upper()


def _usage_name(param: Any) -> str:
    name = _plain_name(param) if param.required else f"[{_plain_name(param)}]"
    return name + "..." if param.nargs != 1 else name


def _argument_help(param: Any) -> str:
    text = getattr(param, "help", None) or ""
    return f"{text}  [required]" if param.required else text
