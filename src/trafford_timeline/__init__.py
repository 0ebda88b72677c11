"""A cited record of the collapse of Trafford Council's children's services, and tools to question it."""

__version__ = "0.1.0"
