/**
 * The words the people finder (./people.ts) reads around and inside a capitalised run: titles, the
 * lower-case words that introduce a person, words that make a run a thing, speech verbs.
 */
// A plural title before joined names, and the role each of them holds.
export const PLURAL_TITLES: Readonly<Record<string, string>> = {
	Congressmen: 'Congressman', Congresswomen: 'Congresswoman', Senators: 'Senator', 'Sens.': 'Senator', 'Reps.': 'Representative',
	Representatives: 'Representative', Lawmakers: 'Lawmaker', Presidents: 'President', Ministers: 'Minister', Governors: 'Governor',
	'Govs.': 'Governor', Mayors: 'Mayor', Generals: 'General', Judges: 'Judge',
};

// Titles that stand before a name. Multi-word ones first, so "Prime Minister" wins over "Minister".
export const TITLES = [
	// Ranks of two words, before their first word alone ("Lt. Cmdr. Anna Ruiz" is no "Cmdr").
	'Lt. Cmdr.', 'Lt. Col.', 'Lt. Gen.', 'Maj. Gen.', 'Brig. Gen.', 'Rear Adm.', 'Vice Adm.', 'Sgt. Maj.', 'Staff Sgt.', 'Cmdr.',
	'Chief Cabinet Secretary', 'Cabinet Secretary', 'Secretary of State', 'Secretary-General', 'Secretary General',
	'Supreme Leader', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'Crown Prince', 'Chief Executive',
	'Defense Secretary', 'Defence Secretary', 'Foreign Secretary', 'Home Secretary', 'Attorney General',
	'President', 'Premier', 'Chancellor', 'King', 'Queen', 'Prince', 'Princess', 'Emperor', 'Empress', 'Pope',
	'Mayor', 'Governor', 'Senator', 'Sen.', 'Rep.', 'Gov.', 'Gen.', 'Adm.', 'Col.', 'Maj.', 'Capt.', 'Sgt.', 'Lt.', 'Dr.',
	'Ambassador', 'Chairman', 'Chairwoman', 'Speaker', 'Justice', 'Judge', 'Archbishop', 'Cardinal', 'Bishop', 'Rabbi',
	'Imam', 'Sheikh', 'General', 'Commander', 'Commissioner', 'Director', 'Minister', 'Secretary', 'Spokesperson',
	'Spokesman', 'Spokeswoman', 'Coach', 'Mr.', 'Mrs.', 'Ms.', 'Congressman', 'Congresswoman', 'Representative',
	'Lawmaker', 'Councilman', 'Councilwoman', 'Councillor', 'Lt. Gov.', 'Professor', 'Prof.', 'Mr', 'Mrs', 'Ms', 'Dr',
	'Sir', 'Dame', 'Lord', 'Lady', 'Administrator', 'Undersecretary', 'Under Secretary', 'Sheriff', 'Superintendent', 'Inspector',
	'Captain', 'Lieutenant', 'Colonel', 'Sergeant', 'Admiral', 'Detective', 'Constable',
	// Plural titles introduce several names: "Congressmen Ivan Moreira and Cristian Leay".
	...Object.keys(PLURAL_TITLES),
];
// "<Anything> Minister" ("Foreign Minister", "Finance Minister") is a title too.
export const MINISTRY_TITLE = /^(?:Deputy\s+)?\p{Lu}\p{Ll}+\s+(?:Minister|Secretary)$/u;
// A lower-case word just before a name that makes it a title: "where leader Xi Jinping".
export const LOWER_TITLES = new Set(['leader', 'president', 'premier', 'minister', 'chancellor', 'dictator', 'strongman', 'spokesman', 'spokeswoman', 'spokesperson', 'coach', 'striker', 'singer', 'actor', 'actress', 'author', 'director', 'activist', 'lawmaker', 'senator', 'envoy', 'ambassador', 'general', 'commander', 'chief', 'candidate', 'rapper']);

// A lower-case noun of a person just before a name introduces them, without giving a role the
// draft would write: "team member Rodaba Noori", "musician Tiziano Lugli", "his wife Manju Sam".
export const PERSON_NOUNS = new Set([
	'member', 'members', 'veteran', 'councillor', 'councilor', 'nonpartisan', 'defender', 'midfielder', 'goalkeeper', 'forward', 'winger',
	'musician', 'photographer', 'photographers', 'publisher', 'publishers', 'designer', 'artist', 'writer', 'journalist', 'reporter',
	'professor', 'lecturer', 'researcher', 'scientist', 'student', 'teacher', 'instructor', 'lawyer', 'attorney', 'prosecutor', 'judge',
	'officer', 'official', 'founder', 'owner', 'executive', 'chairman', 'chairwoman', 'secretary', 'mayor', 'governor', 'academic',
	'player', 'captain', 'manager', 'analyst', 'economist', 'historian', 'expert', 'doctor', 'nurse', 'pilot', 'soldier', 'colleague',
	'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'defector', 'blogger', 'cosplayer']);

// Capitalised words that are never a person's name, even when nothing else claims them.
export const NOT_NAMES = new Set([
	'The', 'A', 'An', 'At', 'In', 'On', 'Of', 'For', 'But', 'And', 'Or', 'While', 'During', 'Under', 'After', 'Before', 'Given', 'That',
	'This', 'These', 'Those', 'Their', 'His', 'Her', 'Its', 'Our', 'We', 'He', 'She', 'They', 'I', 'It', 'When', 'Where', 'What', 'Who',
	'Why', 'How', 'If', 'As', 'Relations', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
	'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
	'Jan.', 'Feb.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'God', 'Internet', 'Parliament', 'Congress', 'Senate', 'Cabinet',
	'Kremlin', 'Pentagon', 'Government', 'Ministry', 'Army', 'Navy', 'Police', 'Court', 'Council', 'Party', 'Union', 'Olympics',
	// Numbers that open a sentence ("One Rohingya, Muhammad Amin, said"), and caption words ("Image: ...").
	'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Image', 'Photo', 'Video', 'Source',
	'Here', 'There', 'Now', 'Then', 'Today', 'Yesterday', 'Tomorrow',
]);
// Words that make a run an organisation, event or thing rather than a person.
export const THING_WORDS = /\b(?:Ministry|Department|Office|Agency|Party|Council|Committee|Commission|Court|Union|Bank|Fund|Company|Corp\.?|Inc\.?|Group|University|College|School|Institute|Foundation|Association|Organization|Organisation|Forces|Army|Navy|Guard|Police|War|Games|Cup|League|Summit|Conference|Treaty|Accord|Act|Agreement|Church|News|Times|Post|Television|Airlines?|Temple|Shrine|Peninsula|Island|Islands|Sea|River|Street|Square|Palace|Hall|House|Center|Centre|Museum|Airport|Stadium|Station|Bridge|Park|Mountains?|Mount|Lake|Gulf|Bay|Strait|Ocean|Valley|Desert|Coast|Region|Province|Prefecture|State|States|Republic|Kingdom|Empire|Dynasty|Festival|Day|Award|Prize|Project|Program|Programme|Initiative|Plan|Operation|Revolution|Movement|Front|Alliance|Coalition|Council|Assembly|Parliament|Congress|Senate|Cabinet|Government|Administration|Authority|Service|Services|Network|Media|Press|Review|Journal|Studies|Research|Affairs|Relations|Policy|Society|Network|Brands?|Motors|Foods|Systems|Technologies|Labs?|Partners|Holdings|Industries|Magazine|Herald|Gazette|Tribune|Fair|Shuttle|Planetarium|System|Memorial|Soup|Factory|Exhibit|Exhibition|Gallery|Library|Hospital|Clinic|Prison|Base|Site|Series|Show|Film|Album|Award|Trophy|Championship|Stage|Index|Survey|Study|Circuit|Administrations|Democrats|Republicans|Socialists|Conservatives)\b/;

// Speech and forecast verbs before a name: "said Tom Hale", "predicted Julie Brandt".
export const SPEECH_VERBS = new Set(['said', 'commented', 'stated', 'claimed', 'confirmed', 'denied', 'admitted', 'reported', 'believes', 'thinks', 'says', 'told', 'predicted', 'predicts', 'added', 'asked', 'wrote', 'warned', 'argued', 'explained', 'noted', 'according', 'recalled', 'insisted', 'replied', 'testified', 'announced']);
