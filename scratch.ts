import { addCheckIn } from './tools/authoring/check-in-edit.ts';
const f = `---
id: x # c
keyResults:
  - id: a
    title: "A"
    checkIns:
      - date: 2026-10-06
        value: 7 # est
      # trailing comment
  - id: b
    checkIns: []
  - id: c
    title: C
    # no check-ins yet

  - id: d
    checkIns:
grade: 0.3
---
body
`;
for (const id of ['a','b','c','d']) { const r = addCheckIn(f, id, {date:'2026-11-30', value: 4, confidence:'high', note:'Hi "there"'}); console.log(r.text); }
console.log(addCheckIn(addCheckIn(f,'a',{date:'2026-11-30',value:4}).text,'a',{date:'2026-11-30',value:4}).unchanged);
import { setGrade } from './tools/authoring/grade-edit.ts';
console.log(setGrade(f, 0.7).text, setGrade(f.replace('grade: 0.3\n',''), 0.7).text, setGrade(f.replace('grade: 0.3\n','retrospective: "x"\n'), 0.7).text);
