"""FieldDesk (外勤台): offline desktop application for a distributor-based field sales force."""

__version__ = "0.1.0"
APP_NAME = "FieldDesk"
ORG_NAME = "FieldDesk"
