/// Drafts of 과학 notes as the offline engine writes them (version 1), for the sameness checks: a
/// student's notes, the same notes lightly reworded, one sharing a group activity's sentence word for
/// word, and two on unrelated activities.
enum Drafts {
    static let battery = "전지 실험에서 레몬과 감자로 전지를 만들어 전압을 비교함. 감자 전지의 전압이 낮은 이유를 전해질 농도로 설명함. 모둠 발표에서 실험 결과를 그래프로 정리해 발표하고 친구들의 질문에 답함."
    static let batteryReworded = "전지 실험에서 레몬과 감자로 전지를 만들어 전압을 비교함. 감자 전지 전압이 낮은 까닭을 전해질 농도로 설명함. 모둠 발표 때 실험 결과를 그래프로 정리해서 발표하고 친구들 질문에 답변함."
    static let reactionRate = "화학 반응 속도 실험에서 온도를 바꿔 가며 반응 시간을 측정함. 결과를 표와 그래프로 정리함. 모둠 토의에서 실험 결과를 정리해 발표하고 친구들의 질문에 답함."
    static let photosynthesis = "광합성 단원에서 빛의 세기에 따른 산소 발생량을 측정하는 실험을 설계함. 수초의 기포 수를 세어 변인을 통제함. 실험 보고서에서 오차 원인으로 온도 변화를 꼽고 개선 방안을 제시함."
    static let earthquake = "지진파 단원에서 P파와 S파의 속도 차이를 이용해 진앙 거리를 구하는 방법을 친구들에게 설명함. 지역의 지진 대비 시설을 조사하여 내진 설계의 원리를 포스터로 만들어 게시함."
}
