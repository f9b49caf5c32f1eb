"""syndicate: translation and localisation pipeline for syndicated news."""

__version__ = "0.2.0"
