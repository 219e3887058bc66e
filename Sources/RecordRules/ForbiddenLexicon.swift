/// The 기재 금지 list (2026 기재요령 p.18–19, 세특 p.118) as detector rules.
/// Terms are recall seeds; the contexts keep ordinary words from being reported.
enum ForbiddenLexicon {
    /// Universities by the names teachers write.
    static let universities = [
        "서울대", "연세대", "고려대", "성균관대", "한양대", "서강대", "중앙대", "경희대", "이화여대", "한국외대", "시립대", "건국대", "동국대",
        "홍익대", "홍대 미대", "부산대", "경북대", "전남대", "충남대", "전북대", "충북대", "강원대", "인하대", "아주대", "숙명여대", "카이스트", "포스텍",
        "포항공대", "유니스트", "디지스트", "지스트", "한국예술종합학교", "한예종", "하버드", "스탠퍼드", "스탠포드", "옥스퍼드", "케임브리지",
    ]

    static let awardCues = ["수상", "받", "차지", "입상", "수여", "획득", "탔"]
    static let contestCues = ["대회", "공모전", "올림피아드", "콘테스트", "경연", "경진"]
    /// Someone else whose injury or illness the sentence tells of ("다리 다친 친구 깁스 기간"): what the
    /// student did for them is the record, their health no part of the student's.
    static let someoneElse = Cues(["친구", "동생", "조원", "후배", "선배", "짝", "부원", "모둠원", "할머니", "할아버지"])
    static let namedChannel = Cues([" '", " ‘", " \"", " “", " 「", "인 '", "인 ‘", "인 \"", "명 '", " <", " 《"])

    static let rules: [TermRule] = namedRules + placeRules

    /// A named place a student goes to is written as the kind of place it is: "국립현대미술관 가서 …"
    /// → "미술관에 가서 …" keeps the sentence whole, where "관련 기관" would leave it saying nothing.
    private static let placeRules = InstitutionNames.placeKinds.map { kind in
        TermRule(
            .institutionName,
            terms: [kind],
            reason: "특정 기관명(기구·단체·조직 포함)은 기재할 수 없음",
            suggestion: kind, rephrasing: .replaceTerm(kind),
            context: .custom(InstitutionNames.confirmsInstitution))
    }

    private static let namedRules: [TermRule] = [
        // 가. 공인어학시험
        TermRule(
            .languageTest,
            terms: ["TOEIC", "TOEFL", "TEPS", "HSK", "JPT", "JLPT", "DELF", "DALF", "TestDaF", "DSH", "DSD",
                    "TORFL", "DELE", "OPIc", "IELTS", "G-TELP", "FLEX", "TOEIC Speaking"],
            reason: "공인어학시험의 참여 사실·성적은 어떠한 항목에도 기재할 수 없음",
            context: .asciiWord),
        TermRule(
            .languageTest,
            terms: ["토익", "토플", "텝스", "오픽", "아이엘츠", "지텔프", "한자능력검정", "상공회의소한자",
                    "실용한자", "한자급수", "상무한검", "한자자격검정", "어학 성적", "어학성적"],
            reason: "공인어학시험의 참여 사실·성적은 어떠한 항목에도 기재할 수 없음"),

        // 나·다. 교내·외 대회, 교외상
        TermRule(
            .competitionAward,
            terms: ["대회"],
            reason: "교내·외 대회의 참여 사실과 성적·수상 실적은 기재할 수 없음(대회를 행사로 바꿔 적는 것도 불가)",
            // 학교 체육대회는 학교 행사로 기재하는 관행이 있어 제외함.
            context: .notPrecededBy(["체육", "체육 ", "학술", "학술 "])),
        TermRule(
            .competitionAward,
            terms: ["올림피아드", "공모전", "콘테스트", "경연", "경진", "입상", "입선", "특선", "본선", "예선",
                    "결선", "최우수상", "우수상", "장려상", "은상", "공로상", "감사장", "표창", "상을 받",
                    "상을 수상", "상을 탔", "상을 차지", "수상 경력", "수상 실적", "준우승", "우승", "전람회", "경시대회"],
            reason: "대회 참여·수상 실적과 교외상은 기재할 수 없음",
            context: .all([.wordStart, .custom(Achievements.isOwnResult)])),
        // A writing contest and its first prize: "청소년 백일장에서 장원 받았다고 함".
        TermRule(
            .competitionAward,
            terms: ["백일장", "장원을 받", "장원 받", "장원을 차지", "장원으로 뽑", "장원에 뽑"],
            reason: "대회 참여·수상 실적과 교외상은 기재할 수 없음",
            context: .all([.wordStart, .notFollowedBy(["의 역사", "의 유래", " 제도", "제도", "에 대해", "에 관한"])])),
        TermRule(
            .competitionAward,
            // "봉사상을 받아", "노력상 수상": a word ending in 상 that names an award.
            terms: ["상을 받", "상을 수상", "상을 탔", "상을 차지", "상을 수여", "상 수상", "상을 획득", "상에 선정", "상으로 선정"],
            reason: "대회 참여·수상 실적과 교외상은 기재할 수 없음",
            context: .custom(Achievements.confirmsNamedAward)),
        TermRule(
            .competitionAward,
            terms: ["수상"],
            reason: "대회 참여·수상 실적과 교외상은 기재할 수 없음",
            context: .all([
                .wordStart,
                // 수상(水上) 안전, 수상 스키; 수상한 점 (suspicious).
                .notFollowedBy(["스키", "구조", "레저", "택시", "가옥", "생활", "교통", "한 점", "한 행동",
                                "한 사람", "한 일", "쩍", "한 느낌", " 안전", "안전", " 인명", "인명", " 구조", " 스키",
                                " 레저", " 생활", " 교통", " 스포츠", "스포츠", " 훈련", " 시설", " 가옥", " 택시", "한 낌새",
                                "한 물체", "한 움직임"]),
                .custom(Achievements.isOwnResult),
            ])),
        TermRule(
            .competitionAward,
            // A school quiz contest; a 골든벨 game to review a lesson is not one.
            terms: ["골든벨"],
            reason: "대회 참여·수상 실적과 교외상은 기재할 수 없음",
            context: .any([
                .followedWithin(["최종", "진출", "우승", "참가", "출전", "본선", "예선", "위 ", "인 "], window: 12),
                .precededWithin(["교내", "학교 ", "전교", "학년 "], window: 10),
            ])),
        // Awards named by who gives them ("학교장상 받음", "교육감상") and calls for entries the student won
        // ("정책 제안 공모에서 선정됨").
        TermRule(
            .competitionAward,
            terms: ["학교장상", "교장상", "교육감상", "교육장상", "모범상", "선행상", "효행상", "봉사상", "공로상", "개근상", "시장상", "구청장상", "도지사상", "장관상", "총장상", "이사장상", "트로피", "공모에서 선정",
                    "공모에 선정", "공모에서 당선", "공모 당선", "공모에 당선", "공모에서 채택"],
            reason: "대회 참여·수상 실적과 교외상은 기재할 수 없음",
            context: .custom(Achievements.isOwnResult)),
        TermRule(
            .competitionAward,
            terms: ["금상"],
            reason: "대회 참여·수상 실적과 교외상은 기재할 수 없음",
            context: .all([.wordStart, .notFollowedBy(["첨화"])])),
        TermRule(
            .competitionAward,
            // 대상(= target), 동상(= statue), 상장(= listing)은 수상 맥락일 때만.
            terms: ["대상", "동상", "상장"],
            reason: "대회 참여·수상 실적과 교외상은 기재할 수 없음",
            context: .all([
                .wordStart,
                .any([
                    .followedWithin(awardCues, window: 8),
                    .precededWithin(contestCues, window: 14),
                ]),
            ])),

        // 라·마. 인증시험, 모의고사·학력평가 성적
        TermRule(
            .examScore,
            terms: ["인증시험", "모의고사", "모의평가", "전국연합학력평가", "학력평가", "원점수", "백분위",
                    "표준점수", "석차", "내신 등급", "내신등급", "학평", "국수영 합", "국영수 합", "내신 1", "내신 2", "내신 3",
                    "내신 4", "내신 5", "내신 6", "내신 7", "내신 8", "내신 9"],
            reason: "인증시험 참여·성적과 모의고사·학력평가 성적은 기재할 수 없음",
            // "석차 대신 성장을 보여 주는 평가 방식": the idea of a rank, not a student's.
            context: .notFollowedBy([" 대신", "대신", " 제도", "제도", "의 의미", "의 개념", " 산출 방식", " 위주", "위주",
                                     "를 매기는 방식", " 중심의 평가", "로 줄 세우"])),
        // Scores, ranks and grades with numbers: ScoresAndRanks.
        // A letter grade given to a performance: "(실기 A)", "수행 B", "성취도 A".
        TermRule(
            .examScore,
            terms: ["실기 A", "실기 B", "실기 C", "실기 D", "실기 E", "수행 A", "수행 B", "수행 C", "수행 D", "수행 E", "수행평가 A", "수행평가 B",
                    "수행평가 C", "성취도 A", "성취도 B", "성취도 C", "성취도 D", "성취도 E", "실기평가 A", "실기평가 B", "실기평가 C",
                    "실기 만점", "수행 만점", "수행평가 만점"],
            reason: "점수·석차·등급 등 시험 성적은 서술형 항목에 기재할 수 없음",
            context: .custom({ text, match in
                // The letter closes the grade: "수행 A" but not "수행 Apple".
                match.upperBound >= text.count || !ScalarText.isASCIIAlphanumeric(text.scalars[match.upperBound])
            })),

        // 바. 논문·학회 (세특의 소논문 포함)
        TermRule(
            .paperAcademic,
            terms: ["소논문", "학회지", "학술지", "학술대회", "학술발표회", "학술 발표회", "학술발표", "논문 투고", "논문을 투고", "논문 게재", "논문을 게재"],
            reason: "논문 투고·게재·학회 발표 사실과 소논문 실적은 기재할 수 없음"),
        TermRule(
            .paperAcademic,
            terms: ["학회"],
            reason: "학회 발표·참여 사실은 기재할 수 없음",
            context: .all([.wordStart, .notFollowedBy(["장", "의 회장"])])),
        TermRule(
            .paperAcademic,
            terms: ["KCI", "SCI", "SCIE", "SSCI"],
            reason: "논문 게재 실적은 기재할 수 없음",
            context: .asciiWord),
        TermRule(
            .paperAcademic,
            terms: ["논문"],
            reason: "논문을 작성·투고·발표한 사실은 기재할 수 없음",
            context: .all([
                .notPrecededBy(["소"]),
                .followedWithin(["작성", "투고", "발표", "게재", "등재", "집필", "썼", "쓴", "써", "완성", "제출"],
                                window: 14),
            ])),

        // 사. 도서출간
        TermRule(
            .bookPublication,
            terms: ["출간", "공저", "책을 펴", "책을 발간", "책을 발행", "도서를 발간", "전자책을 발행", "책으로 나오",
                    "책으로 나옴", "책으로 나왔", "책으로 엮어 발간", "책으로 출간", "책을 냄", "책을 냈", "책을 내어"],
            reason: "도서 출간 사실은 기재할 수 없음",
            // "첫 책을 출간한 작가의 인터뷰", "출간된 책을 읽고": someone else's book.
            context: .custom(Achievements.isOwnResult)),
        TermRule(
            .bookPublication,
            terms: ["저서"],
            reason: "도서 출간 사실은 기재할 수 없음",
            context: .all([.notFollowedBy(["생물", "동물", "성", "식물"]), .custom(Achievements.isOwnResult)])),
        TermRule(
            .bookPublication,
            terms: ["출판"],
            reason: "도서 출간 사실은 기재할 수 없음",
            context: .all([
                .notFollowedBy(["사", " 산업", " 문화", " 윤리", "윤리", " 과정", " 시장", "물", " 자유", "의 자유", "의 역사", " 역사",
                                "계", " 제도", "과 저작권", " 기술"]),
                .custom(Achievements.isOwnResult),
            ])),
        TermRule(.bookPublication, terms: ["ISBN"], reason: "도서 출간 사실은 기재할 수 없음", context: .asciiWord),

        // 아. 지식재산권
        TermRule(
            .intellectualProperty,
            terms: ["상표 등록", "상표를 등록", "상표로 등록", "디자인 등록", "디자인으로 등록", "특허로 등록", "특허를 받",
                    "특허를 냈", "특허를 낸", "특허를 내", "특허를 획득", "특허를 취득", "특허 등록", "출원"],
            reason: "지식재산권(특허·실용신안·상표·디자인) 출원·등록 사실은 기재할 수 없음",
            context: .custom(Achievements.isOwnResult)),
        TermRule(
            .intellectualProperty,
            // The rights as a topic ("특허 제도", "특허권과 저작권의 차이") are not findings; holding one is.
            terms: ["특허", "실용신안", "상표권", "디자인권", "지식재산권", "지적재산권", "특허권"],
            reason: "지식재산권(특허·실용신안·상표·디자인) 출원·등록 사실은 기재할 수 없음",
            context: .all([
                .notFollowedBy(["청", " 제도", "제도", "법", "권의 의미", "권의 개념", "의 개념"]),
                .followedWithin(["출원", "등록", "취득", "획득", "보유", "신청", "을 받", "를 받", "을 냈", "를 냈", "을 낸", "를 낸", "을 내", "를 내",
                                 "을 따", "를 따"], window: 10),
                .custom(Achievements.isOwnResult),
            ])),

        // 차. 부모·친인척의 사회·경제적 지위
        TermRule(
            .parentStatus,
            terms: ParentStatus.kinTerms,
            reason: "부모·친인척의 사회·경제적 지위(직업·직장·직위)를 암시하는 내용은 기재할 수 없음",
            context: .custom(ParentStatus.confirms)),

        TermRule(
            .parentStatus,
            // 가업, 가정 형편: the family's occupation and economic standing.
            terms: ["가업", "가정 형편", "집안 형편", "경제 형편", "형편이 어려", "형편이 넉넉", "형편이 좋지", "기초생활수급",
                    "수급자 가정", "차상위", "집이 가난", "가난한 집", "부유한 집", "부유한 가정"],
            reason: "부모·친인척의 사회·경제적 지위(직업·직장·직위)를 암시하는 내용은 기재할 수 없음",
            context: .all([.wordStart, .notFollowedBy([" 제도", "제도", " 승계 제도", "층의", " 지원 제도", " 가구 비율"])])),

        // Counselling, treatment and discipline: sensitive, never the student's record.
        TermRule(
            .personalInformation,
            terms: ["Wee클래스", "wee클래스", "위클래스", "Wee센터", "위센터", "상담 연계", "상담연계", "상담실 연계", "상담실에 연계", "상담실 연결",
                    "면담함", "면담했", "면담 진행", "심리 상담", "심리상담", "심리 검사",
                    "심리검사", "정신과", "정신건강", "우울증", "우울감", "공황", "자해", "ADHD", "학생부 상담", "생활지도부", "선도위원회",
                    "학폭위", "학교폭력", "교권보호", "상담에서", "상담 때", "경위서", "반성문", "사안 처리", "쌍방 사과", "선도 처분", "징계",
                    "문제로 상담", "문제로 면담", "때문에 상담", "때문에 면담"],
            reason: "상담·치료·생활지도 등 민감한 개인 정보는 기재할 수 없음",
            suggestion: "학생이 활동에서 보인 모습만 씀",
            context: .all([
                .notFollowedBy([" 제도", "제도", " 예방", "예방", "을 주제로", " 문제를 다룬", "에 대한 인식", " 캠페인", "캠페인", " 인식", "인식",
                                " 방관자", " 역할극"]),
                .custom({ text, match in !ParentStatus.isTopic(text, match) }),
            ])),
        // "지각 문제로 두 번 상담함": the teacher's guidance about a problem of the student's, however
        // many words stand between the problem and the talk.
        TermRule(
            .personalInformation,
            terms: ["상담함", "상담했", "상담을 함", "상담을 했", "면담함", "면담했", "상담 진행", "상담을 진행"],
            reason: "상담·치료·생활지도 등 민감한 개인 정보는 기재할 수 없음",
            suggestion: "학생이 활동에서 보인 모습만 씀",
            context: .precededWithin(["문제로", "때문에", "일로", "건으로"], window: 12)),

        // Where the student applies ("수시 6장 다 간호학과임", "원서 넣은 대학"): admissions, not the record.
        TermRule(
            .personalInformation,
            terms: ["수시 6장", "수시 원서", "수시 지원", "수시 접수", "수시 카드", "정시 지원", "원서 접수", "원서를 넣", "원서 넣", "원서를 씀",
                    "원서 씀", "지원 대학", "지원할 대학"],
            reason: "대입 지원 현황은 학교생활기록부에 기재할 내용이 아님",
            suggestion: "학생이 활동에서 보인 모습만 씀",
            context: .notFollowedBy([" 제도", "제도", " 방법", " 전략", " 일정"])),
        // Where a relative studies: "형이 홍대 미대 다님", "누나는 간호학과 재학 중". Family background, whatever
        // the student took from it.
        TermRule(
            .parentStatus,
            terms: ParentStatus.kinTerms.filter { $0.count >= 2 || $0 == "형" }.flatMap { kin in
                [kin + Hangul.particle(after: kin, withFinal: "이", withoutFinal: "가") + " ",
                 kin + Hangul.particle(after: kin, withFinal: "은", withoutFinal: "는") + " "]
            },
            reason: "가정환경(가족의 학교·직업 등)은 기재할 수 없음",
            context: .all([
                .wordStart,
                .followedWithin(["대학", "미대", "의대", "공대", "학과", "다님", "다니는", "다니고", "재학", "졸업", "대학원"], window: 14),
                .custom({ text, match in !ParentStatus.isTopic(text, match) }),
            ])),
        // What the parents want of the student: "부모님이 의대 가라고 압박", "아버지는 공대를 원하심".
        TermRule(
            .parentStatus,
            terms: ParentStatus.kinTerms.filter { $0.count >= 2 },
            reason: "부모의 뜻이나 가정의 사정은 학생의 기록이 아님",
            suggestion: "학생 자신의 생각과 활동만 씀",
            context: .all([
                .wordStart,
                .followedWithin(["압박", "강요", "반대하", "반대해", "가라고", "하라고", "되라고", "원하시", "바라시", "권유", "권하", "시키"], window: 20),
                .custom({ text, match in !ParentStatus.isTopic(text, match) }),
            ])),
        // A university whose name the teacher hid: "OO대 컴퓨터학부", "○○대 화학과". Not "OO대회".
        TermRule(
            .institutionName,
            terms: ["OO대", "oo대", "○○대", "◯◯대", "XX대", "xx대", "ㅇㅇ대", "**대", "OOO대", "○○○대"],
            reason: "대학명은 가려 써도 기재할 수 없음",
            suggestion: "학과·분야만 씀",
            context: .notFollowedBy(["회", "표", "상", "응", "화", "결", "비", "책", "로", "수", "적", "장", "안", "학"])),
        // Counselling linked to welfare or care programmes: "교육복지 연계", "복지실 상담".
        TermRule(
            .personalInformation,
            terms: ["교육복지", "복지 연계", "복지실", "복지사 선생님", "돌봄 연계", "생활지원", "상담일지", "상담 일지", "어머니와 통화",
                    "아버지와 통화", "어머님과 통화", "아버님과 통화", "부모님과 통화", "보호자와 통화", "학부모와 통화", "학부모 통화", "보호자 통화",
                    "학부모 상담", "보호자 상담", "어머니 통화", "아버지 통화", "어머님이랑 통화", "어머니랑 통화", "엄마랑 통화", "아버님이랑 통화",
                    "아버지랑 통화", "아빠랑 통화", "부모님이랑 통화", "부모님과 통화", "연락 드리기로", "연락드리기로"],
            reason: "상담·복지 지원은 민감한 개인 정보라 기재할 수 없음",
            suggestion: "학생이 활동에서 보인 모습만 씀",
            // "학부모 상담 주간 안내문": the school's event, not a counselling of this student.
            context: .notFollowedBy([" 제도", "제도", " 정책", "정책", " 주간", "주간", " 안내", " 기간", " 일정"])),
        // How often and when the student was counselled, and what was said: "5월 상담 3회", "진로 상담(5/8,
        // 9/19) 2회", "진로 상담(3/28): …", "개별 상담: …".
        TermRule(
            .personalInformation,
            terms: ["상담"],
            reason: "상담 기록은 민감한 개인 정보라 기재할 수 없음",
            suggestion: "학생이 활동에서 보인 모습만 씀",
            context: .custom({ text, match in
                var position = match.upperBound
                if position < text.count, text.scalars[position] == ":" { return true }
                if position < text.count, text.scalars[position] == "(", let close = text.scalars[position...].prefix(24).firstIndex(of: ")") {
                    if text.scalars[position..<close].contains(where: { ("0"..."9").contains($0) }) { return true }
                    position = close + 1
                }
                while position < text.count, text.scalars[position] == " " { position += 1 }
                var digits = position
                while digits < text.count, ("0"..."9").contains(text.scalars[digits]) { digits += 1 }
                // "상담 2회", "진로 상담 10분": how often or how long is a counselling record.
                return digits > position && (text.hasText("회", at: digits) || text.hasText("분", at: digits) && !text.hasText("분야", at: digits)
                    && !text.hasText("분석", at: digits))
            })),

        // The family's circumstances (이혼, 조손 가정): personal, never the student's record.
        TermRule(
            .parentStatus,
            terms: ["이혼", "별거", "재혼", "사별", "한부모 가정", "한부모가정", "조손 가정", "조손가정", "편부", "편모", "가출", "수감"],
            reason: "가정환경(부모의 이혼·별거, 조손·한부모 가정 등)은 기재할 수 없음",
            context: .all([
                .wordStart,
                .notFollowedBy([" 제도", "제도", "율", " 가정의 증가", " 가구 비율", "에 대한 인식", " 문제를 다룬", "을 다룬", "을 주제로"]),
                .custom({ text, match in !ParentStatus.isTopic(text, match) }),
            ])),

        // A home address with its parts blanked out: "집은 OO구 OO동 OO아파트 103동".
        TermRule(
            .personalInformation,
            terms: ["OO구", "OO동", "○○구", "○○동", "OO아파트", "○○아파트", "사는 곳은", "거주지는", "집 주소"],
            reason: "주소는 기재할 수 없음",
            suggestion: "학생이 활동에서 보인 모습만 씀"),
        // Who the student lives with, told as a circumstance: "조부모님과 함께 삶", "어머니는 안 계시고
        // 아버지, 할머니랑 셋이 삶".
        TermRule(
            .parentStatus,
            terms: ["조부모님과 함께 살", "조부모님과 함께 삶", "조부모님과 산", "조부모님과 살", "조부모와 함께 살", "조부모와 살",
                    "할머니와 둘이", "할머니랑 둘이", "할아버지와 둘이", "할아버지랑 둘이", "셋이 삶", "셋이 살", "둘이 삶", "둘이 살",
                    "안 계시", "안 계심", "돌아가셔서", "돌아가신 뒤", "돌아가신 후", "돌아가셨"],
            reason: "가정환경(함께 사는 가족, 부모의 부재 등)은 기재할 수 없음",
            context: .custom({ text, match in !ParentStatus.isTopic(text, match) })),
        // Health: a condition, its treatment or diagnosis is sensitive personal information.
        TermRule(
            .personalInformation,
            terms: ["천식", "당뇨", "아토피", "뇌전증", "지병", "투병", "흡입기", "진단을 받", "진단 받", "약을 복용", "복용 중", "입원했",
                    "입원 치료", "수술을 받", "수술 받", "병원 치료", "통원 치료", "십자인대", "인대 수술", "인대를 다", "인대 다", "인대가 끊",
                    "수술해서", "수술하고", "수술한 뒤", "수술 후", "골절", "깁스", "재활 치료", "재활 후", "재활하",
                    // "발목 인대 부분파열로 3주 견학함": an injury and what it kept the student from.
                    "인대 파열", "인대 부분파열", "부분파열", "인대가 늘어", "염좌", "부상으로", "부상을 당", "부상 때문", "다쳐서 견학", "다쳐서 참여하지"],
            reason: "건강 상태·질병·치료는 민감한 개인 정보라 기재할 수 없음",
            suggestion: "학생이 활동에서 보인 모습만 씀",
            context: .all([
                .notFollowedBy([" 환자를 위한", " 환자 지원", "에 대해", "에 관한", "을 주제로", "를 주제로", " 원리", " 치료제 개발", "의 원인",
                                " 부목", "부목", " 응급", " 처치", " 고정법"]),
                .custom({ text, match in !ParentStatus.isTopic(text, match) }),
                .custom({ text, match in !someoneElse.occurs(in: text, max(0, match.lowerBound - 12)..<match.lowerBound) }),
            ])),

        // Conditions and care the student lives with: "섭식장애로 치료받는 중", "틱 장애 있음", "청력이 약해서 앞자리
        // 배치 필요", "학폭 피해 학생으로 분리 조치", "상담 중에 … 울었음".
        TermRule(
            .personalInformation,
            terms: ["섭식장애", "섭식 장애", "틱 장애", "틱장애", "장애가 있", "장애 있", "장애를 앓", "장애 진단", "장애 판정", "청력이 약",
                    "청력이 안 좋", "보청기", "ADHD", "adhd", "우울증", "공황", "불안장애", "자해", "치료받", "치료 받", "치료 중", "정신과",
                    "심리치료", "심리 치료", "약 먹", "약을 먹", "학폭", "분리 조치", "피해 학생으로", "가해 학생으로", "상담 중에", "상담 중",
                    "상담 때", "면담 때", "면담 중", "상담하다가", "상담해 보니", "상담하면서", "상담 내용", "카톡 ID", "카톡 아이디", "인스타 ID",
                    "인스타 아이디", "교통사고", "입원", "틱 증상", "틱이 심", "알레르기", "아나필락시스", "생리통", "콘서타", "메틸페니데이트",
                    "정서행동특성검사", "관심군", "아이디 @", "식이장애", "수술로", "손목에 상처", "보호자께 연락", "보호자에게 연락", "난시", "진단서",
                    "약 복용", "복용", "생일 0", "생일 1", "생일 2", "생일 3", "생일 4", "생일 5", "생일 6", "생일 7", "생일 8", "생일 9", "생일은 0",
                    "생일은 1",
                    // A visit to the nurse, tears, sleep and the worries a student brought to the teacher.
                    "보건실 가", "보건실에 가", "보건실 감", "보건실에 감", "보건실 방문", "보건실을 찾", "보건실에서 쉬", "보건실 자주", "울면서", "울었", "울먹", "상담 왔", "상담을 왔", "상담하러 왔", "상담하러 옴", "상담 옴", "상담을 옴", "상담 요청",
                    "상담을 요청", "건강 걱정", "잠을 못", "잠이 부족", "수면 부족", "생활지도 받", "생활지도를 받", "→ 생활지도", "생활지도함", "생활지도 함"],
            reason: "건강·상담·학교폭력 관련 사항은 민감한 개인 정보라 기재할 수 없음",
            suggestion: "학생이 활동에서 보인 모습만 씀",
            context: .all([
                .notFollowedBy([" 환자를 위한", " 환자 지원", "에 대해", "에 관한", "을 주제로", "를 주제로", " 원리", "의 원인", " 예방", "예방",
                                " 인식", "인 인식"]),
                .custom({ text, match in !ParentStatus.isTopic(text, match) }),
                .custom({ text, match in !someoneElse.occurs(in: text, max(0, match.lowerBound - 12)..<match.lowerBound) }),
                .notInSentence(NegativeLexicon.misconductTopic),
            ])),
        // An account handle ("인스타 @minji_draws 에 올림"): it names the student. An e-mail address has a word
        // before its @ and is found by PersonalInformation.
        TermRule(
            .personalInformation,
            terms: ["@"],
            reason: "SNS 계정 등 학생을 알 수 있는 개인 정보는 기재할 수 없음",
            suggestion: "계정 대신 활동 내용을 씀",
            context: .custom({ text, match in
                let before = match.lowerBound == 0 || !ScalarText.isASCIIAlphanumeric(text.scalars[match.lowerBound - 1])
                guard before, match.upperBound < text.count else { return false }
                let next = text.scalars[match.upperBound]
                return ScalarText.isASCIIAlphanumeric(next) || next == "_"
            })),
        // The family's means and background: "기초생활수급 가정", "다문화 가정, 어머니 베트남 출신", "가정폭력
        // 신고 이력", "할머니가 키우심".
        TermRule(
            .parentStatus,
            terms: ["가정폭력", "다문화 가정", "다문화가정", "기초생활수급", "수급자", "수급 가정", "차상위", "가정 형편", "형편이 어려",
                    "집안 사정", "집안 형편", "돌봄 부담", "할머니가 키우", "할아버지가 키우", "키우심", "어머니 베트남", "출신이셔서", "출신이심",
                    "어머니는 중국", "어머니 중국", "어머니 필리핀", "북한이탈주민", "탈북", "새터민", "베트남 분", "중국 분", "필리핀 분",
                    "외국인 어머니", "외국인 아버지", "건물주라", "건물주임", "부잣집", "재벌", "대형평수", "대형 평수", "얹혀 살", "얹혀살",
                    "집이 엄청 부자", "집이 부자", "집 형편", "생활비 보탬", "생활비를 보태", "생활비 보태", "생활비를 벌", "생활비 벌", "집이 잘 살", "집이 잘살", "소득 낮은", "소득이 낮", "연 소득", "조부모와 둘이", "조부모와 단둘이"],
            reason: "가정환경(가족의 형편·배경 등)은 기재할 수 없음",
            context: .all([
                .notFollowedBy([" 제도", "제도", "율", " 지원 정책", "에 대한 인식", " 문제를 다룬", "을 다룬", "을 주제로", " 학생을 위한", " 친구", " 학생들", " 학생 대상",
                                " 학생에게", " 학생과", " 아이", " 가족을"]),
                .custom({ text, match in !ParentStatus.isTopic(text, match) }),
            ])),

        // National and international bodies visited by name: "국회 견학", "뉴욕 UN 본부 견학".
        TermRule(
            .institutionName,
            terms: ["국회", "UN", "유엔", "유네스코", "UNESCO", "청와대", "대법원", "헌법재판소", "정부서울청사"],
            reason: "교외 기관명은 기재할 수 없음",
            suggestion: "기관명 대신 활동 내용을 씀",
            context: .all([
                .wordStart,
                .notFollowedBy(["의원", "의장", "법", "제도", "의 역할", "의 기능", " 역할", " 기능", "의 구성", "가 하는", "의 권한"]),
                .followedWithin(["견학", "방문", "탐방", "체험", "가서", "에서", "본부"], window: 10),
            ])),

        // 카. 장학
        TermRule(
            .scholarship,
            terms: ["장학생", "장학금", "장학재단"],
            reason: "장학생·장학금 관련 내용은 기재할 수 없음",
            // "장학금 제도의 형평성": the institution as a topic.
            context: .notFollowedBy([" 제도", "제도", "의 형평성", " 정책", " 지원 정책", "의 의미", " 제도의"])),
        TermRule(
            .scholarship,
            terms: ["장학"],
            reason: "장학생·장학금 관련 내용은 기재할 수 없음",
            // 장학사, 장학관, 장학 지도 (school supervision) are not scholarships.
            context: .all([.wordStart, .notFollowedBy(["사", "관", "생", "금", "재단", " 지도", "지도", " 협의", "협의", " 활동"])])),

        // 타. 대학·기관·상호·강사명
        TermRule(
            .institutionName,
            terms: ["KAIST", "POSTECH", "UNIST", "DGIST", "GIST", "MIT", "Harvard", "Stanford", "Oxford",
                    "Cambridge", "Caltech"],
            reason: "특정 대학명은 기재할 수 없음",
            suggestion: "대학", rephrasing: .replaceTerm("대학"),
            context: .asciiWord),
        TermRule(
            .institutionName,
            terms: ["LG", "SK", "KT", "CJ", "Google", "Apple", "Microsoft", "Tesla", "Netflix", "NVIDIA", "OpenAI",
                    "Samsung", "Hyundai", "Naver", "Kakao"],
            reason: "특정 상호명(기업명)은 기재할 수 없음",
            suggestion: "기업", rephrasing: .replaceTerm("기업"),
            context: .asciiWord, widen: InstitutionNames.withLatinUnit),
        TermRule(
            .institutionName,
            // Broadcasters by their call letters: "KBS 방송국 견학", "EBS 다큐".
            terms: ["KBS", "MBC", "SBS", "EBS", "JTBC", "YTN", "tvN", "MBN", "TV조선", "채널A", "OBS", "CNN", "BBC", "NHK"],
            reason: "특정 방송사명은 기재할 수 없음",
            suggestion: "방송사", rephrasing: .replaceTerm("방송사"),
            context: .asciiWord),
        TermRule(
            .institutionName,
            // News outlets, as broadcasters: "Guardian 기사와 비교함", "한겨레 사설을 요약함".
            terms: ["Guardian", "New York Times", "NYT", "Washington Post", "Reuters", "Bloomberg", "Economist", "Financial Times",
                    "Wall Street Journal", "Al Jazeera"],
            reason: "특정 언론사명은 기재할 수 없음",
            suggestion: "언론사", rephrasing: .replaceTerm("언론사"),
            context: .asciiWord),
        TermRule(
            .institutionName,
            terms: ["조선일보", "중앙일보", "동아일보", "한겨레", "경향신문", "한국일보", "매일경제", "한국경제", "연합뉴스", "뉴시스",
                    "국민일보", "서울신문", "문화일보", "가디언", "뉴욕타임스", "뉴욕 타임스", "이코노미스트", "로이터"],
            reason: "특정 언론사명은 기재할 수 없음",
            suggestion: "언론사", rephrasing: .replaceTerm("언론사"),
            context: .wordStart),
        TermRule(
            .institutionName,
            // Research institutes by their initials: "KDI 경제교육 강의", "KIST 연구원".
            terms: ["KDI", "KIST", "KISTI", "ETRI", "KOTRA", "KOICA", "KARI", "KAERI", "KRICT"],
            reason: "특정 기관명은 기재할 수 없음",
            suggestion: "관련 기관", rephrasing: .replaceTerm("관련 기관"),
            context: .asciiWord),
        TermRule(
            .institutionName,
            // Video platforms: what was watched stays, whose site it was goes ("유튜브 보고 배움" → "온라인 영상 보고").
            terms: ["유튜브", "YouTube", "Youtube", "틱톡", "TikTok", "인스타그램", "Instagram", "넷플릭스", "Netflix", "디즈니플러스", "왓챠", "티빙"],
            reason: "특정 상호명(플랫폼명)은 기재할 수 없음",
            suggestion: "온라인 영상", rephrasing: .replaceTerm("온라인 영상"),
            context: .wordStart),
        TermRule(
            .institutionName,
            // Products by their maker's name: what they are stays ("엑셀로 정리함" → "스프레드시트로").
            terms: ["엑셀", "Excel", "MS 엑셀"],
            reason: "특정 상호명(제품명)은 기재할 수 없음",
            suggestion: "스프레드시트", rephrasing: .replaceTerm("스프레드시트"),
            context: .all([.wordStart, .notFollowedBy(["러", "레", "로레이션", "런"])])),
        TermRule(
            .institutionName,
            terms: ["카카오톡", "카톡", "페이스북 메신저"],
            reason: "특정 상호명(제품명)은 기재할 수 없음",
            suggestion: "메신저", rephrasing: .replaceTerm("메신저"),
            context: .wordStart),
        TermRule(
            .institutionName,
            // Note and slide apps by their maker's name: "노션으로 정리함" → "온라인 도구로 정리함".
            terms: ["노션", "Notion", "구글 문서", "구글 독스", "구글 슬라이드", "구글 시트", "패들렛", "Padlet", "캔바", "Canva", "미리캔버스", "팅커캐드", "Tinkercad", "포토샵", "Photoshop"],
            reason: "특정 상호명(제품명)은 기재할 수 없음",
            suggestion: "온라인 도구", rephrasing: .replaceTerm("온라인 도구"),
            context: .wordStart),
        TermRule(
            .institutionName,
            terms: ["네이버 지식백과", "네이버지식백과", "두산백과", "나무위키", "위키백과", "위키피디아", "Wikipedia"],
            reason: "특정 상호명(인터넷 백과사전)은 기재할 수 없음",
            suggestion: "인터넷 백과사전", rephrasing: .replaceTerm("인터넷 백과사전"),
            context: .wordStart),
        TermRule(
            .institutionName,
            // Government agencies: "기상청 강수량 자료", "국가보훈부 공훈전자사료관".
            terms: ["기상청", "통계청", "국세청", "경찰청", "소방청", "산림청", "문화재청", "국가유산청", "질병관리청", "특허청", "조달청",
                    "관세청", "병무청", "식약처", "식품의약품안전처", "국가보훈부", "국가보훈처", "보건복지부", "환경부", "국토교통부",
                    "과학기술정보통신부", "행정안전부", "한국은행", "국립중앙박물관", "국립중앙도서관", "국회도서관"],
            reason: "특정 기관명은 기재할 수 없음",
            suggestion: "공공 기관", rephrasing: .replaceTerm("공공 기관"),
            // "학급 환경부장", "학생회 환경부원", "학생자치회 환경부 차장": a department of the student council.
            context: .all([
                .wordStart, .notFollowedBy(["장", "원", "차장", "서기", "원들", " 차장", " 부장", " 부원", " 위원", " 활동", " 소속", " 배정", "에 배정",
                                            "로 배정", "을 맡", "를 맡", " 맡", "에 들어", "로 활동", "에서 활동", " 안건"]),
                .notPrecededByCues(Cues(["학생회 ", "자치회 ", "학생자치회 ", "학급 ", "학생회의 ", "자치회의 "])),
                // "학급회의 부서 정할 때 … 결국 환경부": a department of the class.
                .notInSentence(Cues(["부서", "1인 1역", "1인1역", "학급회의", "학급 회의"])),
            ])),
        TermRule(
            .institutionName,
            // A product names its maker; the record says what it is: "구글폼으로 신청을 받음" → "온라인 설문으로".
            terms: ["구글폼", "구글 폼", "구글 설문", "구글 설문지", "네이버폼", "네이버 폼", "Google Forms", "Google Form"],
            reason: "특정 상호명(제품명)은 기재할 수 없음",
            suggestion: "온라인 설문", rephrasing: .replaceTerm("온라인 설문"),
            context: .wordStart),
        // A university the student aims at: "대학 목표로 정함" would say nothing, so the sentence goes.
        TermRule(
            .institutionName,
            terms: universities + ["KAIST", "POSTECH", "UNIST"],
            reason: "진학을 목표로 하는 대학명은 기재할 수 없음",
            suggestion: "희망하는 전공·진로를 씀",
            context: .all([
                .wordStart,
                .followedWithin(["목표", "진학", "입학", "합격", "지망", "가고 싶", "에 가겠", "에 가기", "수시", "정시", "원서"], window: 14),
            ])),
        TermRule(
            .institutionName,
            terms: universities,
            reason: "특정 대학명은 기재할 수 없음",
            suggestion: "대학", rephrasing: .replaceTerm("대학"),
            context: .all([.wordStart, .notFollowedBy(["장경"])]), widen: InstitutionNames.universityAndUnit),
        TermRule(
            .institutionName,
            // Online course platforms are 상호명 in every section; what was learned there is also barred
            // from 세특·행특 as MOOC content (below).
            terms: ["Coursera", "edX", "Udemy", "Udacity", "Khan Academy"],
            reason: "특정 상호명(온라인 강좌 플랫폼)은 기재할 수 없음",
            suggestion: "온라인", rephrasing: .replaceTerm("온라인"),
            context: .asciiWord),
        TermRule(
            .institutionName,
            terms: ["코세라", "유데미", "유다시티", "칸아카데미", "칸 아카데미", "클래스101", "인프런", "패스트캠퍼스"],
            reason: "특정 상호명(온라인 강좌 플랫폼)은 기재할 수 없음",
            suggestion: "온라인", rephrasing: .replaceTerm("온라인"),
            context: .wordStart),
        TermRule(
            .institutionName,
            terms: ["삼성전자", "삼성", "엘지", "현대자동차", "현대차", "현대중공업", "하이닉스", "네이버", "카카오", "구글",
                    "애플", "마이크로소프트", "테슬라", "넷플릭스", "쿠팡", "배달의민족", "스타벅스", "맥도날드",
                    "엔비디아", "오픈AI", "포스코", "한화", "롯데", "대한항공", "아시아나", "페이스북",
                    // Employers students name when they say where they want to work.
                    "넥슨", "엔씨소프트", "넷마블", "스마일게이트", "크래프톤", "펄어비스", "네오위즈", "컴투스", "카카오게임즈",
                    "LG전자", "LG화학", "SK하이닉스", "SK텔레콤", "셀트리온", "삼성바이오로직스", "한미약품", "유한양행",
                    "현대모비스", "하이브", "SM엔터테인먼트", "JYP", "YG엔터테인먼트", "당근마켓", "닌텐도", "디즈니", "픽사", "블리자드",
                    "라이엇", "에픽게임즈", "유비소프트", "스페이스X", "한국전력", "한전", "코레일", "한국수자원공사", "KT", "LG유플러스", "CJ",
                    "아모레퍼시픽", "기아자동차", "두산", "HD현대", "카카오뱅크"],
            reason: "특정 상호명(기업명)은 기재할 수 없음",
            suggestion: "기업", rephrasing: .replaceTerm("기업"),
            context: .all([.wordStart, .notFollowedBy(["폼", " 폼", " 설문", " 지식백과", "지식백과"])])),
        // 토스 is also the volleyball pass ("토스 방향을 알려주는 사인", "토스 연습"): the company only as an employer
        // or a service ("토스에서 인턴", "토스 앱", "토스 개발자").
        TermRule(
            .institutionName,
            terms: ["토스"],
            reason: "특정 상호명(기업명)은 기재할 수 없음",
            suggestion: "기업", rephrasing: .replaceTerm("기업"),
            context: .all([.wordStart, .followedWithin(["앱", "개발자", "본사", "인턴", "입사", "기업", "회사", "증권", "뱅크", "페이", "송금", "서비스"], window: 8)])),
        TermRule(
            .institutionName,
            terms: ["아마존"],
            reason: "특정 상호명(기업명)은 기재할 수 없음",
            suggestion: "기업", rephrasing: .replaceTerm("기업"),
            context: .all([.wordStart, .notFollowedBy([" 열대", "열대", " 밀림", "강", " 강", " 유역", "의 밀림"])])),
        TermRule(
            .institutionName,
            // A program a named (or hidden) university runs is an outside activity: without the name
            // the sentence would pass it off as the school's own ("대학교 간호학과 전공 체험 캠프 참가").
            // Not 특강 or 강연: a university's lecturer invited to the school is the school's activity.
            terms: ["캠프", "아카데미", "강좌", "프로그램", "계절학기", "영재교육원", "영재원", "실험실 체험", "개인 신청", "개인적으로 신청",
                    "개별 신청", "개인 참가", "개인적으로 참가", "실험실 탐방", "연구실 탐방", "실험실 견학", "연구실 견학", "연구실 방문", "실험실 방문"],
            reason: "대학이 운영한 교외 프로그램은 기재할 수 없음(학교 교육계획에 따른 활동만 기재)",
            suggestion: "학교 교육활동으로 한 내용만 씀",
            context: .custom(InstitutionNames.followsNamedUniversity)),
        TermRule(
            .institutionName,
            terms: ["대학교", "대학"],
            reason: "특정 대학명은 기재할 수 없음",
            suggestion: "대학", rephrasing: .replaceTerm("대학"),
            context: .custom(InstitutionNames.confirmsUniversity), widen: InstitutionNames.universityAndUnit),
        TermRule(
            .institutionName,
            terms: InstitutionNames.institutionSuffixes.filter { !InstitutionNames.placeKinds.contains($0) },
            reason: "특정 기관명(기구·단체·조직 포함)은 기재할 수 없음",
            suggestion: "관련 기관", rephrasing: .replaceTerm("관련 기관"),
            context: .custom(InstitutionNames.confirmsInstitution)),
        TermRule(
            .institutionName,
            terms: ["강사", "교수", "박사"],
            reason: "강의한 강사 등의 이름은 기재할 수 없음",
            suggestion: "전문가", rephrasing: .replaceTerm("전문가"),
            context: .custom(InstitutionNames.confirmsPersonTitle), widen: InstitutionNames.nameAndTitle),
        TermRule(
            .institutionName,
            // "유튜브 채널 '과학쿠키'": a channel's name is a 상호명.
            terms: ["채널"],
            reason: "특정 상호명(채널명)은 기재할 수 없음",
            context: .custom({ text, match in namedChannel.starts(in: text, at: match.upperBound) })),
        TermRule(
            .institutionName, .warn,
            terms: ["작가"],
            reason: "저자 이름은 도서명(저자) 형식으로만 기재함. 강연한 작가라면 이름을 뺌",
            context: .custom(InstitutionNames.confirmsPersonTitle)),
        TermRule(
            .institutionName, .warn,
            terms: ["ChatGPT", "챗GPT", "챗지피티", "Gemini", "Claude", "Copilot"],
            reason: "특정 상품명 대신 일반 명칭을 씀",
            suggestion: "생성형 인공지능", rephrasing: .replaceTerm("생성형 인공지능")),

        // 파. 자격증
        TermRule(
            .qualification,
            terms: ["자격증", "컴퓨터활용능력", "컴활", "워드프로세서", "정보처리기능사", "기능사", "산업기사",
                    "한국사능력검정", "한국사 능력 검정", "한능검"],
            reason: "자격증 명칭과 취득 사실은 자격증 항목 외에 기재할 수 없음"),
        TermRule(.qualification, terms: ["ITQ", "GTQ", "MOS"], reason: "자격증 명칭과 취득 사실은 자격증 항목 외에 기재할 수 없음",
                 context: .asciiWord),
        TermRule(
            .qualification,
            terms: ["자격", "급수"],
            reason: "자격증 명칭과 취득 사실은 자격증 항목 외에 기재할 수 없음",
            context: .all([.wordStart, .followedWithin(["취득", "합격", "획득", "땄", "따"], window: 10)])),
        // An outside course's certificate: "심폐소생술 일반인 과정 수료증 취득".
        TermRule(
            .qualification,
            terms: ["수료증", "이수증", "인증서"],
            reason: "자격증 명칭과 취득 사실은 자격증 항목 외에 기재할 수 없음",
            context: .followedWithin(["취득", "받", "획득", "땄", "발급"], window: 6)),

        // 세특·행특 기재 불가 (p.118): MOOC, 방과후학교
        TermRule(
            .subjectOnlyItem,
            terms: ["K-MOOC", "MOOC", "KOCW", "K-무크", "케이무크", "Coursera", "edX", "Udemy", "Udacity", "Khan Academy"],
            reason: "K-MOOC·MOOC·KOCW 수강 내용은 세특·행특에 기재할 수 없음",
            sections: [.subject, .behavior],
            context: .asciiWord),
        TermRule(
            .subjectOnlyItem,
            // 연구보고서(소논문) 관련 사항 (p.118); 소논문 is barred everywhere (p.209) as paper_academic too.
            terms: ["소논문"],
            reason: "연구보고서(소논문) 관련 사항은 세특·행특에 기재할 수 없음",
            sections: [.subject, .behavior]),
        TermRule(
            .subjectOnlyItem,
            terms: ["무크", "코세라", "유데미", "유다시티", "칸아카데미", "칸 아카데미"],
            reason: "K-MOOC·MOOC·KOCW 수강 내용은 세특·행특에 기재할 수 없음",
            sections: [.subject, .behavior],
            context: .wordStart),
        TermRule(
            .subjectOnlyItem,
            terms: ["방과후"],
            reason: "방과후학교 활동은 세특·행특에 기재할 수 없음",
            sections: [.subject, .behavior],
            context: .wordStart),
    ]
}
