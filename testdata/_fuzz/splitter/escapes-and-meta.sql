E'\';\set x
;;;
\i f