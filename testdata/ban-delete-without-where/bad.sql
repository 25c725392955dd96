-- expect: ban-delete-without-where "DELETE FROM sessions without WHERE deletes every row"
DELETE FROM sessions;
