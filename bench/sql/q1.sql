-- Q1: one cohort by id (cohort k = 5ca1e000-0000-0003-0000-%012x).
\set k random(0, :ncohorts - 1)
SELECT json_build_object('id', c.id, 'title', c.title, 'programme', c.programme, 'status', c.status, 'startsOn', c.starts_on, 'endsOn', c.ends_on, 'location', c.location, 'capacity', c.capacity) FROM cohort c WHERE c.id = ('5ca1e000-0000-0003-0000-' || lpad(to_hex(:k::int), 12, '0'))::uuid;
