-- Backslashes inside statements are not meta-commands.
SELECT E'a\\b', 'c:\temp';
INSERT INTO paths (p) VALUES ('
\not_a_command
');
