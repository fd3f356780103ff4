<?php
// The course of the Moodle acceptance run (.ci/moodle-run), made through Moodle's own API:
// outgoing calls to a tool on this machine allowed, no guided tours over the pages the browser
// clicks through, and "Algebra 1" with a teacher and three students, all with one password.
// Usage: php moodle-setup.php MOODLE_DIR PASSWORD; prints the course id.
define('CLI_SCRIPT', true);
require($argv[1] . '/config.php');
require_once($CFG->dirroot . '/user/lib.php');
require_once($CFG->dirroot . '/course/lib.php');
require_once($CFG->libdir . '/enrollib.php');

// By default Moodle's cURL refuses localhost and ports other than 80 and 443: the tool is both.
set_config('curlsecurityblockedhosts', '');
set_config('curlsecurityallowedport', '');
$DB->set_field('tool_usertours_tours', 'enabled', 0);

$course = create_course((object) ['fullname' => 'Algebra 1', 'shortname' => 'ALG1',
    'category' => $DB->get_field_select('course_categories', 'MIN(id)', '1=1')]);
$manual = enrol_get_plugin('manual');
$enrolment = $DB->get_record('enrol', ['courseid' => $course->id, 'enrol' => 'manual'], '*', MUST_EXIST);
$people = [
    ['teacher', 'Elena', 'Rivera', 'editingteacher'],
    ['student1', 'Amara', 'Okafor', 'student'],
    ['student2', 'Ben', 'Hoffmann', 'student'],
    ['student3', 'Chloe', 'Nguyen', 'student'],
];
foreach ($people as [$username, $first, $last, $role]) {
    $userid = user_create_user(['username' => $username, 'password' => $argv[2], 'firstname' => $first,
        'lastname' => $last, 'email' => $username . '@example.com', 'auth' => 'manual', 'confirmed' => 1,
        'mnethostid' => $CFG->mnet_localhost_id]);
    $manual->enrol_user($enrolment, $userid, $DB->get_field('role', 'id', ['shortname' => $role], MUST_EXIST));
}
purge_all_caches();
echo $course->id, "\n";
