/// What a Korean person's name looks like: a surname and one or two given-name syllables.
enum KoreanNames {
    /// Surnames, for names before a title ("김민수 교수"): broad, since a title already says "person".
    static let surnames: Set<Unicode.Scalar> = Set(
        "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉경사부".unicodeScalars)

    /// The common surnames (about 95% of people), for names found without a title word.
    static let commonSurnames: Set<Unicode.Scalar> = Set(
        "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명왕금옥육".unicodeScalars)

    /// Two-syllable surnames.
    static let compoundSurnames: Set<String> = ["남궁", "황보", "제갈", "선우", "독고", "사공", "서문"]

    /// Syllables common in given names. A word whose syllables after the surname are not all from
    /// here ("모든", "전체", "고등") is not a name.
    static let givenSyllables: Set<Unicode.Scalar> = Set(
        ("가각갑강건겸경계관광교구국권규균근금기길나남내노누다단담대덕도동두라람래량려련렬령로록룡루류률리린림" +
         "마만명모목무문미민바박반방배백범병보복봉부분비빈빛사산삼상새샘서석선설섭성세소솔송수숙순슬승시식신실심" +
         "아안애야양언엄여연열영예오옥온완용우욱운웅원월위유윤율은을음의이인일임자장재저전정제조종주준중지직진집" +
         "찬창채천철청초총춘충치탁태택토판평표필하학해행향혁현협형혜호홍화환활황회효후훈휘희힘").unicodeScalars)

    /// Words before 학생 that pass the syllable test but are ordinary nouns or modifiers: "우수 학생",
    /// "지도 학생", "임원 학생", "남은 학생". Checked as whole words.
    static let ordinaryWords: Set<String> = [
        "우수", "지도", "지원", "임원", "한국", "선배", "모범", "고교", "진로", "소수", "장애", "남녀", "이과", "문과", "공대", "전학", "신입", "방송",
        "도서", "반장", "부반장", "주도", "전공", "공학", "이공계", "예체능", "특수", "소외", "기초", "하위", "상위", "중위", "우리", "여자", "남자", "전체",
        "전원", "일부", "해당", "대부분", "다수", "지역", "도시", "농촌", "국제", "외국", "동급", "동료", "선도", "주변", "이웃", "인근", "재학", "졸업",
        "입학", "편입", "위탁", "진학", "희망", "신청", "정규", "장학", "성실", "조원", "부원", "반원", "방송부", "도우미", "지각", "부진", "추천", "위기",
        "배려", "남은", "모인", "어린", "여린", "이런", "저런", "그런", "모든", "여러", "다른", "같은", "주요", "주인공", "나머지", "신규", "전입", "전출",
        "유학", "교환", "한부모", "다문화", "저소득", "고학년", "저학년", "중학", "고등", "초등", "대학", "일반", "인문", "자연", "이공", "예비", "현역",
        "유치원", "유아", "유치부", "유소년", "소방관", "공무원", "연구원", "간호사", "조리사",
        "동문", "동창", "문제", "관심", "보호", "결석", "지체", "경계", "부모", "모둠", "조별", "조장", "부장", "차장", "반별", "학년", "학급", "고3",
        "중3", "이번", "지난", "다음", "원어민", "외부", "내부", "각반", "소속", "사범", "교육", "연수", "실습", "교생", "상담", "의료", "보건",
        "현지", "현재", "전국", "전교", "교내", "학교", "본교", "지방", "안산", "안양", "강남", "강서", "강동", "강북", "성남", "하남", "양주", "원주", "진주", "전주",
        "김해", "김천", "남원", "오산", "이천", "여주", "구미", "문경", "안동", "서산", "공주", "나주", "양산", "진해", "고양", "천안",
        "정선", "홍천", "남양", "성주", "영천", "고성", "서천", "홍성", "진천", "음성", "하동", "남해", "신안", "장성", "고흥",
        "최대", "최소", "최고", "최저", "최종", "최초", "정상", "원래", "이상", "이하", "이전", "이후", "전후", "이야기", "이야깃",
        // Nouns before 이랑, 이가 that read like a given name with its 이 ("기록이랑", "문장이랑"), and 최-words.
        "기록", "문장", "사진", "작품", "실험", "발표", "활동", "수업", "시험", "과목", "단원", "공책", "의견", "결론", "내용", "방법", "목표",
        "성적", "점수", "결과", "경험", "독서", "학습", "연습", "면담", "영상", "최우수", "최상", "최선", "최신", "최다", "최근",
        // Nouns a teacher's notes may open on as their topic ("주제는 …", "수학은 …").
        "주제", "수학", "화학", "문학", "정보", "지리", "경제", "정치", "세계", "환경", "기술", "가정", "태도", "성격", "학기", "수행",
        "올해", "요즘", "평소", "지난", "과정", "수준", "실력", "의지", "열정", "자세", "습관", "인성", "교우", "진도",
        // Nouns before 학생 that read as a surname and a given name: "월별 이용 학생 수", "이동 수업".
        "이용", "이동", "이해", "이유", "이름", "장기", "단기", "참여", "참가", "신청", "지원자", "배치", "배치안",
    ]

    /// Given names common among students now in school, which are no ordinary word ("지원", "민주",
    /// "재원", "시원", "지수", "태양", "준수", "현수" are left out): said alone with a particle ("지우랑", "민재가", "하준이"),
    /// they are a person's name.
    static let popularGivenNames: Set<String> = [
        "민준", "서준", "도윤", "예준", "시우", "하준", "지호", "지후", "준우", "준서", "도현", "건우", "현우", "우진", "선우", "서진", "연우",
        "유준", "승우", "승현", "시윤", "준혁", "은우", "지환", "승민", "지우", "유찬", "윤우", "민성", "준영", "시후", "진우", "재윤", "시현",
        "동현", "태윤", "민재", "민우", "재민", "은찬", "윤호", "이준", "민혁", "하율", "지한", "태민", "성민", "현준", "우현", "예성", "민호",
        "태현", "도훈", "재현", "민규", "준호", "동건", "승준", "현서", "서연", "서윤", "서현", "민서", "하은", "하윤", "윤서", "지유", "지민",
        "채원", "수아", "지아", "지윤", "은서", "다은", "예은", "수빈", "소율", "예린", "하린", "지안", "서아", "시은", "예서", "유나", "채은",
        "가은", "윤아", "서영", "민지", "예원", "지현", "은채", "나연", "하연", "세아", "아린", "주아", "혜원", "지은", "채윤", "서하", "나윤",
        "시아", "아윤", "소윤", "유빈", "다연", "도연", "하람", "서우", "로운", "라온", "이안", "태오", "지훈", "성훈", "재훈", "민석", "정우", "현민",
    ]

    /// The first syllables of `popularGivenNames`, to pass over most words without building a string.
    static let popularGivenFirstScalars: Set<Unicode.Scalar> = Set(popularGivenNames.compactMap(\.unicodeScalars.first))

    /// Placeholders written for a name: 김OO, 박○○, ○○ 학생.
    static let placeholders = ["OOO", "ooo", "○○○", "OO", "oo", "○○", "◯◯", "○", "◯", "△△", "XX", "xx", "ㅇㅇ", "**", "＊＊", "□□", "◇◇", "00"]

    /// A plausible name: a surname and one or two given-name syllables, not an ordinary word.
    static func isPlausibleName(_ word: [Unicode.Scalar]) -> Bool {
        guard (2...4).contains(word.count), word.allSatisfy(Hangul.isSyllable) else { return false }
        let given: ArraySlice<Unicode.Scalar>
        if word.count >= 3, compoundSurnames.contains(String(scalars: word.prefix(2))) {
            given = word.dropFirst(2)
        } else {
            guard word.count <= 3, commonSurnames.contains(word[0]) else { return false }
            given = word.dropFirst()
        }
        guard (1...2).contains(given.count), given.allSatisfy(givenSyllables.contains) else { return false }
        // "-한", "-된" end modifiers ("성실한", "선정된"), not names.
        if let last = given.last, last == "한" || last == "된" || last == "던" || last == "는" { return false }
        return !ordinaryWords.contains(String(scalars: word))
    }
}
