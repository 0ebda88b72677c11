from trafford_timeline.cli import app

app(prog_name="trafford")
