<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ActivationHistograms</name>
    <message>
        <location filename="../../ui/lessons/weight_init.py" line="86"/>
        <source>Activation:</source>
        <translation>活性化関数:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/weight_init.py" line="87"/>
        <source>Initial weights:</source>
        <translation>重みの初期値:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/weight_init.py" line="89"/>
        <source>layer %1</source>
        <translation>%1 層目</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/weight_init.py" line="90"/>
        <source>activations per bin</source>
        <translation>ビンごとの個数</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/weight_init.py" line="124"/>
        <source>Spread (standard deviation) of the activations, layer 1 to 5: %1</source>
        <translation>アクティベーションの広がり(標準偏差、1〜5 層目): %1</translation>
    </message>
</context>
<context>
    <name>ActivationsLesson</name>
    <message>
        <location filename="../../ui/lessons/activations.py" line="182"/>
        <source>step</source>
        <translation>ステップ関数</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/activations.py" line="182"/>
        <source>sigmoid</source>
        <translation>シグモイド</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/activations.py" line="182"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/activations.py" line="183"/>
        <source>leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/activations.py" line="183"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/activations.py" line="183"/>
        <source>identity</source>
        <translation>恒等関数</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/activations.py" line="195"/>
        <source>Show derivatives (dashed)</source>
        <translation>導関数を表示(破線)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/activations.py" line="196"/>
        <source>leaky ReLU slope α for x &lt; 0:</source>
        <translation>Leaky ReLU の x &lt; 0 での傾き α:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/activations.py" line="198"/>
        <source>h(x) and h′(x)</source>
        <translation>h(x) と h′(x)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/activations.py" line="199"/>
        <source>derivative</source>
        <translation>(導関数)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/activations.py" line="201"/>
        <source>Stacking layers: is a deep network without non-linearity still a straight line?</source>
        <translation>層を重ねる: 非線形な関数がなければ、深いネットワークも直線のまま?</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/activations.py" line="202"/>
        <source>Hidden layers:</source>
        <translation>隠れ層:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/activations.py" line="203"/>
        <source>Non-linearity:</source>
        <translation>非線形関数:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/activations.py" line="206"/>
        <source>New random weights</source>
        <translation>新しいランダムな重み</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/activations.py" line="207"/>
        <source>identity between layers</source>
        <translation>層の間: 恒等関数</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/activations.py" line="209"/>
        <source>input x</source>
        <translation>入力 x</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/activations.py" line="210"/>
        <source>output y</source>
        <translation>出力 y</translation>
    </message>
</context>
<context>
    <name>BatchNormWidget</name>
    <message>
        <location filename="../../ui/lessons/batch_norm.py" line="88"/>
        <source>Weight scales:</source>
        <translation>重みのスケール数:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/batch_norm.py" line="77"/>
        <source>Network %1 with ReLU, %2 training images, batch %3: %4 iterations are %5 epochs (the book trains 20). Each small plot starts from weights with a different standard deviation, largest top left, as in the book&apos;s figure.</source>
        <translation>ネットワーク %1（ReLU）、訓練画像 %2 枚、バッチ %3。%4 回の反復は %5 エポックです（本書は 20 エポック）。小さなグラフごとに重みの初期値の標準偏差が違います。本書の図と同じく、左上がいちばん大きな値です。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/batch_norm.py" line="89"/>
        <source>Show:</source>
        <translation>表示：</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/batch_norm.py" line="90"/>
        <source>training accuracy (book)</source>
        <translation>訓練精度(本書と同じ)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/batch_norm.py" line="91"/>
        <source>test accuracy</source>
        <translation>テスト精度</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/batch_norm.py" line="96"/>
        <location filename="../../ui/lessons/batch_norm.py" line="207"/>
        <source>std = %1</source>
        <translation>std = %1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/batch_norm.py" line="186"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/batch_norm.py" line="187"/>
        <source>diverged at iteration %1</source>
        <translation>反復 %1 回目で発散</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/batch_norm.py" line="236"/>
        <source>Other scales mean other plots: choosing them now cancels the runs in progress.</source>
        <translation>スケールを変えるとグラフも変わります。いま選ぶと、学習中の実行はキャンセルされます。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/batch_norm.py" line="251"/>
        <source>waiting</source>
        <translation>順番待ち</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/batch_norm.py" line="258"/>
        <source>%1 of %2 scales done</source>
        <translation>%2 個のスケールのうち %1 個が終了</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/batch_norm.py" line="280"/>
        <source>Done. Batch norm ended higher at %1 of %2 scales.</source>
        <translation>完了。%2 通りのスケールのうち %1 通りで、バッチ正規化ありの精度が上回りました。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/batch_norm.py" line="277"/>
        <source>Done. Batch norm ended higher at %1 of %2 scales; without it, training diverged at %3 of them.</source>
        <translation>完了。%2 通りのスケールのうち %1 通りで、バッチ正規化ありの精度が上回りました(なしでは %3 通りで学習が発散)。</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <location filename="../../ui/lessons/learning_minibatch_coverage.py" line="139"/>
        <source>The batch size must not be larger than the data set.</source>
        <translation>バッチサイズはデータ数以下にしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch_coverage.py" line="179"/>
        <location filename="../../ui/lessons/learning_minibatch_coverage.py" line="243"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch_coverage.py" line="179"/>
        <location filename="../../ui/lessons/learning_minibatch_coverage.py" line="243"/>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch_coverage.py" line="215"/>
        <source>Mini-batches drawn k = {0}  ({1:.2f} epochs; 1 epoch = N / b = {2} batches)</source>
        <translation>ミニバッチ数 k = {0}({1:.2f} エポック、1 エポック = N/b = {2} 個)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch_coverage.py" line="217"/>
        <source>Mini-batches drawn k = {0}  ({1:.2f} epochs; 1 epoch = ⌈N / b⌉ = {2} batches, the last one of {3})</source>
        <translation>ミニバッチ数 k = {0}({1:.2f} エポック、1 エポック = ⌈N/b⌉ = {2} 個、最後のバッチは {3} 件)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch_coverage.py" line="220"/>
        <source>Mini-batches drawn k = {0}  ({1:.2f} epochs; 1 epoch = ⌊N / b⌋ = {2} batches)</source>
        <translation>ミニバッチ数 k = {0}({1:.2f} エポック、1 エポック = ⌊N/b⌋ = {2} 個)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch_coverage.py" line="222"/>
        <source>Seen at least once (simulated): {0:.1f} %</source>
        <translation>1 回以上使われた割合(シミュレーション): {0:.1f} %</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch_coverage.py" line="225"/>
        <source>Expected 1 − (1 − b/N)^k = {0:.1f} %</source>
        <translation>期待値 1 − (1 − b/N)^k = {0:.1f} %</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch_coverage.py" line="227"/>
        <source>Expected min(1, k·b/N) = {0:.1f} %</source>
        <translation>期待値 min(1, k·b/N) = {0:.1f} %</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch_coverage.py" line="237"/>
        <source>Training samples N:</source>
        <translation>訓練データ数 N:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch_coverage.py" line="238"/>
        <source>Batch size b:</source>
        <translation>バッチサイズ b:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch_coverage.py" line="239"/>
        <source>Random mini-batches, drawn independently (a sample can come back)</source>
        <translation>ミニバッチを毎回ランダムに選ぶ(同じデータが再び選ばれることもある)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch_coverage.py" line="240"/>
        <source>Shuffle once per epoch, then take the batches in order</source>
        <translation>エポックごとに 1 回シャッフルし、順番にバッチを取り出す</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch_coverage.py" line="241"/>
        <source>Step</source>
        <translation>1ステップ</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch_coverage.py" line="242"/>
        <source>+1 epoch</source>
        <translation>+1 エポック</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch_coverage.py" line="244"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch_coverage.py" line="245"/>
        <source>mini-batches k</source>
        <translation>ミニバッチ数 k</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch_coverage.py" line="246"/>
        <source>share seen</source>
        <translation>使われた割合</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch_coverage.py" line="249"/>
        <source>simulated</source>
        <translation>実験値</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch_coverage.py" line="250"/>
        <source>expected</source>
        <translation>期待値</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch_coverage.py" line="252"/>
        <source>Each cell is one training sample. &lt;span style=&apos;color:#8a8a8a&apos;&gt;■&lt;/span&gt; not seen yet · &lt;span style=&apos;color:#1a5fb4&apos;&gt;■&lt;/span&gt; seen before · &lt;span style=&apos;color:#e66100&apos;&gt;■&lt;/span&gt; the batch just drawn</source>
        <translation>1 マスが訓練データ 1 つです。&lt;span style=&apos;color:#8a8a8a&apos;&gt;■&lt;/span&gt; 未使用 · &lt;span style=&apos;color:#1a5fb4&apos;&gt;■&lt;/span&gt; 使用済み · &lt;span style=&apos;color:#e66100&apos;&gt;■&lt;/span&gt; いま取り出したバッチ</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="35"/>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="37"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="40"/>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="43"/>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="45"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
</context>
<context>
    <name>GradientCheckLesson</name>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="296"/>
        <source>One gradient, timed</source>
        <translation>勾配1回の時間</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="297"/>
        <source>Training race</source>
        <translation>学習の競争</translation>
    </message>
</context>
<context>
    <name>GradientCheckWidget</name>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="121"/>
        <source>Small net (%1-10-10, finishes in seconds)</source>
        <translation>小さなネットワーク(%1-10-10、数秒で終了)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="122"/>
        <source>Book&apos;s net (%1-50-10)</source>
        <translation>本のネットワーク(%1-50-10)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="123"/>
        <source>Book&apos;s full size 784-50-10 (random 784-pixel inputs)</source>
        <translation>本と同じ 784-50-10(784 画素のランダム入力)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="126"/>
        <source>Network:</source>
        <translation>ネットワーク:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="127"/>
        <source>Batch size:</source>
        <translation>バッチサイズ:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="128"/>
        <source>Compute both gradients</source>
        <translation>両方の方法で勾配を計算</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="129"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="131"/>
        <source>Parameters:</source>
        <translation>パラメータ数:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="131"/>
        <source>Backprop, per gradient:</source>
        <translation>誤差逆伝播法(勾配 1 回):</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="132"/>
        <source>Numerical, per gradient:</source>
        <translation>数値微分(勾配 1 回):</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="132"/>
        <source>Numerical / backprop:</source>
        <translation>数値微分 / 誤差逆伝播法:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="133"/>
        <source>10,000 iterations would take:</source>
        <translation>10,000 イテレーションの所要時間:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="135"/>
        <source>Parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="135"/>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="136"/>
        <source>Max abs error</source>
        <translation>最大絶対誤差</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="136"/>
        <source>Max rel error</source>
        <translation>最大相対誤差</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="155"/>
        <source>Inputs are random numbers with MNIST&apos;s 784 pixels: the timing is what the book&apos;s network costs; the data does not matter for it.</source>
        <translation>入力は MNIST と同じ 784 画素の乱数です。計るのは本のネットワークの計算時間なので、データの中身は関係ありません。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="188"/>
        <source>Could not set up the network: %1</source>
        <translation>ネットワークを準備できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="194"/>
        <source>Timing backpropagation…</source>
        <translation>誤差逆伝播法の時間を計測中…</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="234"/>
        <source>Computing the numerical gradient…</source>
        <translation>数値微分で勾配を計算中…</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="242"/>
        <source>%1 of %2 numbers, about %3 left</source>
        <translation>%1 / %2 個、残り約 %3</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="251"/>
        <source>Done. Largest relative error %1: the two gradients agree.</source>
        <translation>完了。最大相対誤差 %1: 2 つの勾配は一致しています。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="253"/>
        <source>Done. Largest relative error %1: larger than expected.</source>
        <translation>完了。最大相対誤差 %1: 想定より大きな値です。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="272"/>
        <source>%1 times slower</source>
        <translation>%1 倍遅い</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="273"/>
        <source>numerical %1, backprop %2</source>
        <translation>数値微分 %1、誤差逆伝播法 %2</translation>
    </message>
</context>
<context>
    <name>InitTraining</name>
    <message>
        <location filename="../../ui/lessons/weight_init.py" line="140"/>
        <source>Network %1 with ReLU, batch %2, the same mini-batches for every run. Each row chooses its initial weights and optimizer.</source>
        <translation>ネットワーク %1（ReLU）、バッチ %2。どの実行も同じミニバッチを使います。各行で重みの初期値と最適化手法を選べます。</translation>
    </message>
</context>
<context>
    <name>LearningMinibatchLesson</name>
    <message>
        <location filename="../../ui/lessons/learning_minibatch.py" line="155"/>
        <source>Mini-batches and epochs</source>
        <translation>ミニバッチとエポック</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch.py" line="156"/>
        <source>Loss functions</source>
        <translation>損失関数</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../ui/lessons/activations.py" line="216"/>
        <source>Activation functions</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/batch_norm.py" line="286"/>
        <source>Batch normalization</source>
        <translation>Batch Normalization(バッチ正規化)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_check.py" line="304"/>
        <source>Numerical gradient vs backpropagation</source>
        <translation>数値微分と誤差逆伝播法</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch.py" line="163"/>
        <source>Learning with mini-batches</source>
        <translation>ミニバッチ学習</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/optimizers.py" line="29"/>
        <source>Optimizers: SGD, Momentum, AdaGrad, Adam</source>
        <translation>最適化手法: SGD・Momentum・AdaGrad・Adam</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/overfitting.py" line="160"/>
        <source>Overfitting and regularisation</source>
        <translation>過学習と正則化</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/perceptron.py" line="237"/>
        <source>Perceptron</source>
        <translation>パーセプトロン</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/weight_init.py" line="161"/>
        <source>Initial weights</source>
        <translation>重みの初期値</translation>
    </message>
</context>
<context>
    <name>LossPanel</name>
    <message>
        <location filename="../../ui/lessons/learning_minibatch.py" line="99"/>
        <location filename="../../ui/lessons/learning_minibatch.py" line="102"/>
        <source>Type 2 to 10 numbers between 0 and 1, separated by commas.</source>
        <translation>0 から 1 の数を 2〜10 個、カンマで区切って入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch.py" line="110"/>
        <source>right answer t (one-hot) = [{0}]</source>
        <translation>正解 t(one-hot 表現)= [{0}]</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch.py" line="111"/>
        <source>Mean squared error  E = ½ Σ (yₖ − tₖ)² = {0:.4f}</source>
        <translation>2乗和誤差  E = ½ Σ (yₖ − tₖ)² = {0:.4f}</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch.py" line="112"/>
        <source>Cross-entropy  E = −Σ tₖ log yₖ = −log y[{0}] = {1:.4f}</source>
        <translation>交差エントロピー誤差  E = −Σ tₖ log yₖ = −log y[{0}] = {1:.4f}</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch.py" line="115"/>
        <source>Note: these values sum to {0:.2f}, not 1. A softmax output always sums to 1.</source>
        <translation>注意: この値の合計は 1 ではなく {0:.2f} です。ソフトマックス関数の出力は合計が必ず 1 になります。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch.py" line="137"/>
        <source>A loss function measures how far one prediction is from the right answer. Edit the network&apos;s output y (probabilities) and choose the right class.</source>
        <translation>損失関数は、1 つの予測が正解からどれだけ離れているかを測ります。ネットワークの出力 y(確率)を書き換え、正解のクラスを選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch.py" line="139"/>
        <source>Output y:</source>
        <translation>出力 y:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch.py" line="140"/>
        <source>Right class:</source>
        <translation>正解クラス:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch.py" line="141"/>
        <source>Confident and right</source>
        <translation>自信があって正解</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch.py" line="141"/>
        <source>Confident and wrong</source>
        <translation>自信があって不正解</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch.py" line="141"/>
        <source>Unsure</source>
        <translation>自信なし</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/learning_minibatch.py" line="144"/>
        <source>y per class (orange: the right class)</source>
        <translation>クラスごとの y(オレンジ: 正解クラス)</translation>
    </message>
</context>
<context>
    <name>OptimizerTraining</name>
    <message>
        <location filename="../../ui/lessons/optimizers_training.py" line="24"/>
        <source>Network %1 with %2, batch %3, the same starting weights and mini-batches for every run; each row has its own optimizer settings. Loss averaged over %4 iterations; accuracy on %5 images once per epoch.</source>
        <translation>ネットワーク %1（活性化関数 %2）、バッチ %3。どの実行も同じ重みの初期値と同じミニバッチから始め、行ごとに最適化手法の設定が違います。損失は %4 回の移動平均、認識精度は 1 エポックごとに %5 枚で測ります。</translation>
    </message>
</context>
<context>
    <name>OptimizersWidget</name>
    <message>
        <location filename="../../ui/lessons/optimizers.py" line="21"/>
        <source>Paths on 2-D functions</source>
        <translation>2次元関数での更新経路</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/optimizers.py" line="22"/>
        <source>Training on the digits</source>
        <translation>数字データでの学習</translation>
    </message>
</context>
<context>
    <name>OverfittingWidget</name>
    <message>
        <location filename="../../ui/lessons/overfitting.py" line="74"/>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/overfitting.py" line="63"/>
        <source>Only %1 training images, network %2 with ReLU, batch %3. Each row is one run with its own λ and dropout ratio. Accuracy: solid training, dashed test; the space between them is overfitting.</source>
        <translation>訓練画像はわずか %1 枚、ネットワーク %2（ReLU）、バッチ %3。各行が 1 回の実行で、それぞれ λ と Dropout の比率を持ちます。認識精度は実線が訓練、破線がテストです。その差が過学習です。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/overfitting.py" line="76"/>
        <source>All weights after training</source>
        <translation>学習後のすべての重み</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/overfitting.py" line="77"/>
        <source>weight value</source>
        <translation>重みの値</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/overfitting.py" line="78"/>
        <source>share of the weights</source>
        <translation>重みの割合</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/overfitting.py" line="84"/>
        <source>all runs</source>
        <translation>すべての実行</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/overfitting.py" line="154"/>
        <source>train %1, test %2, gap %3</source>
        <translation>訓練 %1、テスト %2、差 %3</translation>
    </message>
</context>
<context>
    <name>PerceptronLesson</name>
    <message>
        <location filename="../../ui/lessons/perceptron.py" line="185"/>
        <source>y = 1  if  {0}·x1 {1}·x2 {2} &gt; 0,   otherwise 0</source>
        <translation>{0}·x1 {1}·x2 {2} &gt; 0 なら y = 1、そうでなければ y = 0</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/perceptron.py" line="203"/>
        <source>These weights compute {0} on all four inputs.</source>
        <translation>この重みは 4 つの入力すべてで {0} を計算しています。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/perceptron.py" line="205"/>
        <source>Wrong on {0} of 4 inputs for {1}.</source>
        <translation>{1} としては、4 つの入力のうち {0} つが不正解です。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/perceptron.py" line="208"/>
        <source>No w1, w2, b can get all four XOR rows right: one straight line cannot put (0,1) and (1,0) on one side and (0,0) and (1,1) on the other. Two layers can.</source>
        <translation>どんな w1, w2, b でも XOR の 4 行すべてを正解にはできません。1 本の直線では (0,1) と (1,0) を片側に、(0,0) と (1,1) を反対側に分けられないからです。2 層ならできます。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/perceptron.py" line="220"/>
        <source>One perceptron</source>
        <translation>単純パーセプトロン</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/perceptron.py" line="221"/>
        <source>XOR with two layers</source>
        <translation>2 層で XOR</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/perceptron.py" line="222"/>
        <source>Presets</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/perceptron.py" line="223"/>
        <source>Compare with gate:</source>
        <translation>比較するゲート:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/perceptron.py" line="224"/>
        <source>Show XOR with two layers →</source>
        <translation>2 層で XOR を見る →</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/perceptron.py" line="226"/>
        <source>y (yours)</source>
        <translation>出力 y</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/perceptron.py" line="226"/>
        <source>gate</source>
        <translation>ゲート</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/perceptron.py" line="226"/>
        <source>match</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/perceptron.py" line="230"/>
        <source>Orange: output 1 (shaded side); white: output 0</source>
        <translation>オレンジ: 出力 1、白: 出力 0</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <location filename="../../ui/lessons/batch_norm.py" line="34"/>
        <source>Train with and without batch norm</source>
        <translation>バッチ正規化あり・なしで学習</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_runs.py" line="270"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_runs.py" line="305"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/comparison_runs.py" line="310"/>
        <source>The experiment stopped with an error: %1</source>
        <translation>エラーのため実験が止まりました: %1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/optimizers_training.py" line="17"/>
        <source>Train with every optimizer</source>
        <translation>すべての最適化手法で学習</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/weight_init.py" line="133"/>
        <source>Train with each initialisation</source>
        <translation>各初期値で学習</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/overfitting.py" line="25"/>
        <source>Train every run</source>
        <translation>すべての実行を学習</translation>
    </message>
</context>
<context>
    <name>StackDemo</name>
    <message>
        <location filename="../../ui/lessons/activations.py" line="158"/>
        <source>{0} layers with identity in between equal one layer: y = {1:.3f}·x {2:+.3f}</source>
        <translation>恒等関数でつないだ {0} 層は 1 層と同じ: y = {1:.3f}·x {2:+.3f}</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/activations.py" line="161"/>
        <source>Largest gap from the best straight line: {0:.1f} % of the output range</source>
        <translation>最もよく合う直線からの最大のずれ: 出力の範囲の {0:.1f} %</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/activations.py" line="163"/>
        <source>{0} between layers</source>
        <translation>層の間: {0}</translation>
    </message>
</context>
<context>
    <name>TrajectoryView</name>
    <message>
        <location filename="../../ui/lessons/optimizers_trajectories.py" line="166"/>
        <source>Optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/optimizers_trajectories.py" line="166"/>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/optimizers_trajectories.py" line="167"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/optimizers_trajectories.py" line="169"/>
        <source>Function:</source>
        <translation>関数:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/optimizers_trajectories.py" line="169"/>
        <source>Steps:</source>
        <translation>ステップ数:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/optimizers_trajectories.py" line="170"/>
        <source>Speed:</source>
        <translation>速さ:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/optimizers_trajectories.py" line="172"/>
        <source>Step</source>
        <translation>1ステップ</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/optimizers_trajectories.py" line="173"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/optimizers_trajectories.py" line="174"/>
        <source>Back to the default start</source>
        <translation>開始位置を元に戻す</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/optimizers_trajectories.py" line="175"/>
        <source>Drag the black cross on the map to start from elsewhere.</source>
        <translation>等高線図の黒い十字をドラッグすると、開始位置を変えられます。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/optimizers_trajectories.py" line="178"/>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/optimizers_trajectories.py" line="185"/>
        <source>f(x, y) − minimum</source>
        <translation>f(x, y) − 最小値</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/optimizers_trajectories.py" line="188"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/optimizers_trajectories.py" line="188"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/optimizers_trajectories.py" line="267"/>
        <source>step %1 / %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/optimizers_trajectories.py" line="272"/>
        <source>diverged at step %1</source>
        <translation>ステップ %1 で発散</translation>
    </message>
</context>
<context>
    <name>WeightInitWidget</name>
    <message>
        <location filename="../../ui/lessons/weight_init.py" line="153"/>
        <source>Activation histograms</source>
        <translation>アクティベーション分布</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/weight_init.py" line="154"/>
        <source>Training with each init</source>
        <translation>初期値ごとの学習</translation>
    </message>
</context>
<context>
    <name>XorPanel</name>
    <message>
        <location filename="../../ui/lessons/perceptron_widgets.py" line="179"/>
        <source>Two layers solve XOR: the first layer computes NAND and OR, the second takes their AND. Click a row to follow one input through the network.</source>
        <translation>2 層なら XOR を表せます。1 層目が NAND と OR を計算し、2 層目がその AND をとります。行をクリックすると、その入力がネットワークを流れる様子を追えます。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/perceptron_widgets.py" line="185"/>
        <source>Weights used: {0}</source>
        <translation>使った重み: {0}</translation>
    </message>
</context>
</TS>
