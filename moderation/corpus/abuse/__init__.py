"""The abuse starter corpus composers (Indonesian, English): see ../generate_abuse.py."""
