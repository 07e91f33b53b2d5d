"""The editors' tools: roles and the approval workflow, the translation status and its report,
redirects after a slug change and from the original site, upload checks, admin strings."""
