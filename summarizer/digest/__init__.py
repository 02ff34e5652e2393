"""The digest email: config, intake (folders, feeds), ledger, composing, SMTP delivery."""
